-- The sign-off workflow: change requests, one sign-off per party, delegations, career events, and
-- the append-only, hash-chained audit trail.

CREATE SEQUENCE change_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sign_off_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE delegation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE career_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE change_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    type            VARCHAR(24)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    subject_id      BIGINT        NOT NULL,
    requester_id    BIGINT        NOT NULL,
    from_level_id   BIGINT,
    target_level_id BIGINT        NOT NULL,
    current_manager_id BIGINT,
    new_manager_id  BIGINT,
    justification   VARCHAR(4000) NOT NULL,
    effective_date  DATE          NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    effective_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT change_request_subject_fk FOREIGN KEY (subject_id) REFERENCES employee (id),
    CONSTRAINT change_request_requester_fk FOREIGN KEY (requester_id) REFERENCES employee (id),
    CONSTRAINT change_request_from_level_fk FOREIGN KEY (from_level_id) REFERENCES career_level (id),
    CONSTRAINT change_request_target_level_fk FOREIGN KEY (target_level_id) REFERENCES career_level (id),
    CONSTRAINT change_request_current_manager_fk FOREIGN KEY (current_manager_id) REFERENCES employee (id),
    CONSTRAINT change_request_new_manager_fk FOREIGN KEY (new_manager_id) REFERENCES employee (id)
);
CREATE INDEX change_request_subject_idx ON change_request (subject_id);
CREATE INDEX change_request_state_idx ON change_request (state, effective_date);

CREATE TABLE sign_off (
    id              BIGINT        NOT NULL PRIMARY KEY,
    request_id      BIGINT        NOT NULL,
    party           VARCHAR(24)   NOT NULL,
    position        INTEGER       NOT NULL,
    person_id       BIGINT        NOT NULL,
    decision        VARCHAR(16),
    on_hold         BOOLEAN       NOT NULL,
    decided_by_id   BIGINT,
    on_behalf_of_id BIGINT,
    comment         VARCHAR(4000),
    decided_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT sign_off_party_unique UNIQUE (request_id, party),
    CONSTRAINT sign_off_request_fk FOREIGN KEY (request_id) REFERENCES change_request (id),
    CONSTRAINT sign_off_person_fk FOREIGN KEY (person_id) REFERENCES employee (id),
    CONSTRAINT sign_off_decided_by_fk FOREIGN KEY (decided_by_id) REFERENCES employee (id),
    CONSTRAINT sign_off_on_behalf_of_fk FOREIGN KEY (on_behalf_of_id) REFERENCES employee (id)
);
CREATE INDEX sign_off_person_idx ON sign_off (person_id, decision);

CREATE TABLE delegation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    delegator_id    BIGINT        NOT NULL,
    delegate_id     BIGINT        NOT NULL,
    starts_on       DATE          NOT NULL,
    ends_on         DATE          NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    ended           BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT delegation_delegator_fk FOREIGN KEY (delegator_id) REFERENCES employee (id),
    CONSTRAINT delegation_delegate_fk FOREIGN KEY (delegate_id) REFERENCES employee (id),
    CONSTRAINT delegation_dates_check CHECK (ends_on >= starts_on),
    CONSTRAINT delegation_not_self CHECK (delegator_id <> delegate_id)
);
CREATE INDEX delegation_delegate_idx ON delegation (delegate_id);

CREATE TABLE career_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    employee_id     BIGINT        NOT NULL,
    request_id      BIGINT        NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    from_level_id   BIGINT,
    to_level_id     BIGINT        NOT NULL,
    effective_date  DATE          NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT career_event_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT career_event_request_fk FOREIGN KEY (request_id) REFERENCES change_request (id),
    CONSTRAINT career_event_from_fk FOREIGN KEY (from_level_id) REFERENCES career_level (id),
    CONSTRAINT career_event_to_fk FOREIGN KEY (to_level_id) REFERENCES career_level (id)
);
CREATE INDEX career_event_employee_idx ON career_event (employee_id, effective_date);

-- Append-only: no code path updates or deletes rows; each row carries the hash of the previous one.
CREATE TABLE audit_entry (
    sequence_number BIGINT        NOT NULL PRIMARY KEY,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    on_behalf_of    VARCHAR(64),
    action          VARCHAR(64)   NOT NULL,
    subject_type    VARCHAR(32)   NOT NULL,
    subject_id      BIGINT        NOT NULL,
    before_state    VARCHAR(4000),
    after_state     VARCHAR(4000),
    previous_hash   VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);

-- The head of the chain: one row, locked by every append, so entries form one chain in one order.
CREATE TABLE audit_head (
    id              INTEGER       NOT NULL PRIMARY KEY,
    last_sequence   BIGINT        NOT NULL,
    last_hash       VARCHAR(64)   NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
