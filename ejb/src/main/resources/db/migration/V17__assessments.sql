-- Assessments against the matrix: a person's own (SELF) and their manager's (MANAGER) rating of
-- each competency of their level's row. An assessment keeps what it was judged against: the level
-- (code, title, band, framework and version number) and, per competency, the expectation's text as
-- it stood, so that a later framework version never changes an assessment made before it.
-- A draft (shared_at NULL) is seen by its author only; once shared it is never changed.

CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assessment (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    employee_id         BIGINT        NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    author_id           BIGINT,
    author_login        VARCHAR(64)   NOT NULL,
    level_id            BIGINT        NOT NULL,
    level_code          VARCHAR(32)   NOT NULL,
    level_title         VARCHAR(200)  NOT NULL,
    band                INTEGER       NOT NULL,
    framework_name      VARCHAR(200)  NOT NULL,
    framework_version   INTEGER       NOT NULL,
    assessed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    shared_at           TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT assessment_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT assessment_author_fk FOREIGN KEY (author_id) REFERENCES employee (id),
    CONSTRAINT assessment_level_fk FOREIGN KEY (level_id) REFERENCES career_level (id),
    CONSTRAINT assessment_kind_check CHECK (kind IN ('SELF', 'MANAGER'))
);
CREATE INDEX assessment_employee_idx ON assessment (employee_id, kind, assessed_at);

CREATE SEQUENCE assessment_rating_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assessment_rating (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    assessment_id       BIGINT        NOT NULL,
    position            INTEGER       NOT NULL,
    competency_code     VARCHAR(32)   NOT NULL,
    competency_name     VARCHAR(200)  NOT NULL,
    expectation         VARCHAR(4000) NOT NULL,
    rating              VARCHAR(8),
    evidence            VARCHAR(4000),
    CONSTRAINT assessment_rating_assessment_fk FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT assessment_rating_competency_unique UNIQUE (assessment_id, competency_code),
    CONSTRAINT assessment_rating_rating_check CHECK (rating IS NULL OR rating IN ('BELOW', 'MEETS', 'ABOVE'))
);
CREATE INDEX assessment_rating_assessment_idx ON assessment_rating (assessment_id);
