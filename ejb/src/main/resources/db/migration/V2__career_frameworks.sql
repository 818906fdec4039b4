-- Career frameworks: versioned dual-track ladders, competencies and the expectations matrix.
-- Employees point at a level of the published version.

CREATE SEQUENCE framework_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE framework_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ladder_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE framework (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT framework_name_unique UNIQUE (name)
);

CREATE TABLE framework_version (
    id              BIGINT        NOT NULL PRIMARY KEY,
    framework_id    BIGINT        NOT NULL,
    number          INTEGER       NOT NULL,
    label           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by     VARCHAR(64)   NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    retired_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT framework_version_number_unique UNIQUE (framework_id, number),
    CONSTRAINT framework_version_framework_fk FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT framework_version_state_check CHECK (state IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
);

CREATE TABLE track (
    id              BIGINT        NOT NULL PRIMARY KEY,
    framework_version_id BIGINT   NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    position        INTEGER       NOT NULL,
    CONSTRAINT track_code_unique UNIQUE (framework_version_id, code),
    CONSTRAINT track_version_fk FOREIGN KEY (framework_version_id) REFERENCES framework_version (id),
    CONSTRAINT track_kind_check CHECK (kind IN ('IC', 'MANAGEMENT'))
);

CREATE TABLE career_level (
    id              BIGINT        NOT NULL PRIMARY KEY,
    framework_version_id BIGINT   NOT NULL,
    track_id        BIGINT        NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    position        INTEGER       NOT NULL,
    band            INTEGER       NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    CONSTRAINT career_level_code_unique UNIQUE (framework_version_id, code),
    CONSTRAINT career_level_track_fk FOREIGN KEY (track_id) REFERENCES track (id),
    CONSTRAINT career_level_version_fk FOREIGN KEY (framework_version_id) REFERENCES framework_version (id),
    CONSTRAINT career_level_band_check CHECK (band >= 1)
);
CREATE INDEX career_level_track_idx ON career_level (track_id);

CREATE TABLE competency (
    id              BIGINT        NOT NULL PRIMARY KEY,
    framework_version_id BIGINT   NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    category        VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    position        INTEGER       NOT NULL,
    CONSTRAINT competency_code_unique UNIQUE (framework_version_id, code),
    CONSTRAINT competency_version_fk FOREIGN KEY (framework_version_id) REFERENCES framework_version (id)
);

CREATE TABLE expectation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    level_id        BIGINT        NOT NULL,
    competency_id   BIGINT        NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    CONSTRAINT expectation_unique UNIQUE (level_id, competency_id),
    CONSTRAINT expectation_level_fk FOREIGN KEY (level_id) REFERENCES career_level (id),
    CONSTRAINT expectation_competency_fk FOREIGN KEY (competency_id) REFERENCES competency (id)
);
CREATE INDEX expectation_competency_idx ON expectation (competency_id);

ALTER TABLE employee ADD COLUMN level_id BIGINT;
ALTER TABLE employee ADD CONSTRAINT employee_level_fk FOREIGN KEY (level_id) REFERENCES career_level (id);
CREATE INDEX employee_level_idx ON employee (level_id);
