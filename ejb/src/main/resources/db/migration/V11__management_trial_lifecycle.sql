-- A management trial in practice: the reports the trial manager takes on for the trial period
-- (and whom they reported to before, so that a return to IC gives them back), the director's
-- check-ins while it runs, and the reason a trial was asked for someone the readiness rule did not
-- yet find ready (shown to every party).

CREATE SEQUENCE trial_report_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE trial_check_in_seq START WITH 50 INCREMENT BY 50;

ALTER TABLE change_request ADD COLUMN readiness_override VARCHAR(4000);

CREATE TABLE trial_report (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    trial_id            BIGINT      NOT NULL,
    report_id           BIGINT      NOT NULL,
    previous_manager_id BIGINT,
    moved_at            TIMESTAMP WITH TIME ZONE,
    returned_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT trial_report_unique UNIQUE (trial_id, report_id),
    CONSTRAINT trial_report_trial_fk FOREIGN KEY (trial_id) REFERENCES change_request (id),
    CONSTRAINT trial_report_report_fk FOREIGN KEY (report_id) REFERENCES employee (id),
    CONSTRAINT trial_report_previous_manager_fk FOREIGN KEY (previous_manager_id) REFERENCES employee (id)
);

CREATE TABLE trial_check_in (
    id              BIGINT        NOT NULL PRIMARY KEY,
    trial_id        BIGINT        NOT NULL,
    held_on         DATE          NOT NULL,
    recorded_by_id  BIGINT        NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    notes           VARCHAR(4000) NOT NULL,
    CONSTRAINT trial_check_in_trial_fk FOREIGN KEY (trial_id) REFERENCES change_request (id),
    CONSTRAINT trial_check_in_recorded_by_fk FOREIGN KEY (recorded_by_id) REFERENCES employee (id)
);
CREATE INDEX trial_check_in_trial_idx ON trial_check_in (trial_id, held_on);
