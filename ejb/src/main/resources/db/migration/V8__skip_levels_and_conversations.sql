-- Skip-level requests (an employee asks their director for a meeting; never scheduled by default)
-- and department conversations (a recurring schedule per department, held conversations with their
-- participants, findings and follow-up actions).

CREATE SEQUENCE skip_level_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE skip_level_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    employee_id     BIGINT        NOT NULL,
    director_id     BIGINT        NOT NULL,
    topic           VARCHAR(2000),
    state           VARCHAR(16)   NOT NULL,
    asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_at     TIMESTAMP WITH TIME ZONE,
    meeting_at      TIMESTAMP WITH TIME ZONE,
    decline_reason  VARCHAR(1000),
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT skip_level_request_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT skip_level_request_director_fk FOREIGN KEY (director_id) REFERENCES employee (id)
);
CREATE INDEX skip_level_request_employee_idx ON skip_level_request (employee_id);
CREATE INDEX skip_level_request_director_idx ON skip_level_request (director_id, state);

CREATE SEQUENCE conversation_schedule_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE conversation_schedule (
    id              BIGINT        NOT NULL PRIMARY KEY,
    department_id   BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    audience        VARCHAR(1000) NOT NULL,
    cadence         VARCHAR(8)    NOT NULL,
    every_count     INTEGER       NOT NULL,
    starts_on       DATE          NOT NULL,
    changed_by      VARCHAR(64)   NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT conversation_schedule_department_unique UNIQUE (department_id),
    CONSTRAINT conversation_schedule_department_fk FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT conversation_schedule_every_check CHECK (every_count >= 1)
);

CREATE SEQUENCE department_conversation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE department_conversation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    department_id   BIGINT        NOT NULL,
    held_on         DATE          NOT NULL,
    findings        VARCHAR(4000) NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT department_conversation_department_fk FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX department_conversation_department_idx ON department_conversation (department_id, held_on);

CREATE TABLE conversation_participant (
    conversation_id BIGINT        NOT NULL,
    employee_number VARCHAR(32)   NOT NULL,
    CONSTRAINT conversation_participant_pk PRIMARY KEY (conversation_id, employee_number),
    CONSTRAINT conversation_participant_conversation_fk FOREIGN KEY (conversation_id) REFERENCES department_conversation (id),
    CONSTRAINT conversation_participant_employee_fk FOREIGN KEY (employee_number) REFERENCES employee (employee_number)
);

CREATE SEQUENCE follow_up_action_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE follow_up_action (
    id              BIGINT        NOT NULL PRIMARY KEY,
    conversation_id BIGINT        NOT NULL,
    owner_id        BIGINT        NOT NULL,
    action_text     VARCHAR(1000) NOT NULL,
    due_on          DATE          NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    closed_by       VARCHAR(64),
    version         BIGINT        NOT NULL,
    CONSTRAINT follow_up_action_conversation_fk FOREIGN KEY (conversation_id) REFERENCES department_conversation (id),
    CONSTRAINT follow_up_action_owner_fk FOREIGN KEY (owner_id) REFERENCES employee (id)
);
CREATE INDEX follow_up_action_owner_idx ON follow_up_action (owner_id, closed_at);
CREATE INDEX follow_up_action_conversation_idx ON follow_up_action (conversation_id);
