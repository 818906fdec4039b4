-- Pay (issue 14). A band of a career framework is the category of work of equal value: one pay
-- range per band of a framework version, so the IC and the management level of a band share it by
-- construction. Individual pay is effective-dated and kept apart from the employee row, so that
-- nothing that reads people (directory, person JSON, lists, exports) carries it by accident.

CREATE SEQUENCE pay_range_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pay_range (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    framework_version_id BIGINT        NOT NULL,
    band                 INTEGER       NOT NULL,
    currency             CHAR(3)       NOT NULL,
    minimum              NUMERIC(14,2) NOT NULL,
    midpoint             NUMERIC(14,2) NOT NULL,
    maximum              NUMERIC(14,2) NOT NULL,
    CONSTRAINT pay_range_band_unique UNIQUE (framework_version_id, band),
    CONSTRAINT pay_range_version_fk FOREIGN KEY (framework_version_id) REFERENCES framework_version (id),
    CONSTRAINT pay_range_band_check CHECK (band >= 1),
    CONSTRAINT pay_range_order_check CHECK (minimum > 0 AND minimum <= midpoint AND midpoint <= maximum)
);

-- A person's base pay from a date on. The pay in force on a day is the row with the latest
-- effective_from on or before it (the latest recorded wins a tie). ROSTER rows come from HR's
-- roster import, REQUEST rows from an approved promotion or track change taking effect.
CREATE SEQUENCE pay_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pay_record (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    employee_id          BIGINT        NOT NULL,
    amount               NUMERIC(14,2) NOT NULL,
    currency             CHAR(3)       NOT NULL,
    effective_from       DATE          NOT NULL,
    source               VARCHAR(16)   NOT NULL,
    request_id           BIGINT,
    recorded_by          VARCHAR(64)   NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pay_record_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT pay_record_request_fk FOREIGN KEY (request_id) REFERENCES change_request (id),
    CONSTRAINT pay_record_amount_check CHECK (amount > 0),
    CONSTRAINT pay_record_source_check CHECK (source IN ('ROSTER', 'REQUEST')),
    CONSTRAINT pay_record_request_check CHECK (source <> 'REQUEST' OR request_id IS NOT NULL)
);
CREATE INDEX pay_record_employee_idx ON pay_record (employee_id, effective_from, id);

-- Sex as recorded for pay reporting (Directive (EU) 2023/970): F, M or X; no row = not recorded.
CREATE TABLE pay_sex (
    employee_id          BIGINT        NOT NULL PRIMARY KEY,
    sex                  CHAR(1)       NOT NULL,
    recorded_by          VARCHAR(64)   NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pay_sex_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT pay_sex_check CHECK (sex IN ('F', 'M', 'X'))
);

-- The pay proposed with a promotion or a track change, and why when it lies outside the target
-- band's range. The currency is the framework's.
ALTER TABLE change_request ADD COLUMN proposed_pay NUMERIC(14,2);
ALTER TABLE change_request ADD COLUMN pay_reason VARCHAR(4000);
ALTER TABLE change_request ADD CONSTRAINT change_request_proposed_pay_check CHECK (proposed_pay IS NULL OR proposed_pay > 0);

-- The gap above which the parity report flags a band: versioned and audited like the sign-off
-- policy (the highest version is in force; without a row, 5 %).
CREATE TABLE pay_parity_policy (
    version_number       INTEGER       NOT NULL PRIMARY KEY,
    gap_threshold        NUMERIC(5,2)  NOT NULL,
    changed_by           VARCHAR(64)   NOT NULL,
    changed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    CONSTRAINT pay_parity_policy_threshold_check CHECK (gap_threshold > 0 AND gap_threshold < 100)
);
