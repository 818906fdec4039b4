-- Growth plans for both tracks (issue 13): the track a person's plan is toward, once someone chose it
-- (without a row the plan follows the person's track interest), and the kinds of activity that suit a
-- plan toward the next IC level.

CREATE SEQUENCE growth_plan_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE growth_plan (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    employee_id         BIGINT        NOT NULL,
    toward              VARCHAR(16)   NOT NULL,
    chosen_by           VARCHAR(64)   NOT NULL,
    chosen_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT growth_plan_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT growth_plan_employee_uk UNIQUE (employee_id),
    CONSTRAINT growth_plan_toward_check CHECK (toward IN ('IC', 'MANAGEMENT'))
);

ALTER TABLE growth_activity DROP CONSTRAINT growth_activity_kind_check;
ALTER TABLE growth_activity ADD CONSTRAINT growth_activity_kind_check
    CHECK (kind IN ('MENTORSHIP', 'LEAD_ROLE', 'MANAGING_INTERNS', 'MANAGEMENT_TRAINING', 'TECHNICAL_LEADERSHIP',
                    'TECHNICAL_TRAINING', 'KNOWLEDGE_SHARING', 'OTHER'));
