-- The sign-off policy HR configures: every change is a new version (the highest is in force), and
-- is audited. Without a row, the defaults of DESIGN apply.
CREATE TABLE sign_off_policy (
    version_number      INTEGER      NOT NULL PRIMARY KEY,
    senior_band         INTEGER      NOT NULL,
    reminder_days       INTEGER      NOT NULL,
    escalation_days     INTEGER      NOT NULL,
    changed_by          VARCHAR(64)  NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    CONSTRAINT sign_off_policy_band_check CHECK (senior_band >= 1),
    CONSTRAINT sign_off_policy_days_check CHECK (reminder_days >= 1 AND escalation_days > reminder_days)
);
