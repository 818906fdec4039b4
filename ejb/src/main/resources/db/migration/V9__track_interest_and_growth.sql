-- Growing into management: the track a person wants next (an append-only history of 1-on-1 notes,
-- confirmations and corrections), their growth plan toward management, and HR's readiness rule
-- (every change a new version, audited; without a row the defaults apply).

CREATE SEQUENCE track_interest_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE track_interest (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    employee_id         BIGINT        NOT NULL,
    interest            VARCHAR(16)   NOT NULL,
    notes               VARCHAR(4000),
    noted_on            DATE          NOT NULL,
    source              VARCHAR(16)   NOT NULL,
    recorded_by_id      BIGINT,
    recorded_by_login   VARCHAR(64)   NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT track_interest_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT track_interest_recorded_by_fk FOREIGN KEY (recorded_by_id) REFERENCES employee (id),
    CONSTRAINT track_interest_interest_check CHECK (interest IN ('IC', 'MANAGEMENT', 'UNDECIDED')),
    CONSTRAINT track_interest_source_check CHECK (source IN ('ONE_ON_ONE', 'CORRECTION'))
);
CREATE INDEX track_interest_employee_idx ON track_interest (employee_id, recorded_at);

CREATE SEQUENCE growth_activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE growth_activity (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    employee_id         BIGINT        NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    starts_on           DATE,
    ends_on             DATE,
    voucher_id          BIGINT,
    notes               VARCHAR(4000),
    created_by          VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    done_by             VARCHAR(64),
    done_at             TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT growth_activity_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT growth_activity_voucher_fk FOREIGN KEY (voucher_id) REFERENCES employee (id),
    CONSTRAINT growth_activity_kind_check
        CHECK (kind IN ('MENTORSHIP', 'LEAD_ROLE', 'MANAGING_INTERNS', 'MANAGEMENT_TRAINING', 'OTHER')),
    CONSTRAINT growth_activity_status_check CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT growth_activity_dates_check CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX growth_activity_employee_idx ON growth_activity (employee_id, status);

CREATE TABLE readiness_rule (
    version_number      INTEGER       NOT NULL PRIMARY KEY,
    requirements        VARCHAR(2000) NOT NULL,
    changed_by          VARCHAR(64)   NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reason              VARCHAR(1000) NOT NULL
);
