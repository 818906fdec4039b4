-- Organisation (departments, employees, reporting lines) and sign-in accounts.
-- Portable SQL: the same file runs on PostgreSQL (production, CI) and H2 2.x (embedded demo).

CREATE SEQUENCE department_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE department (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    head_id         BIGINT,
    hr_partner_id   BIGINT,
    version         BIGINT       NOT NULL,
    CONSTRAINT department_code_unique UNIQUE (code),
    CONSTRAINT department_name_unique UNIQUE (name)
);

CREATE TABLE employee (
    id              BIGINT        NOT NULL PRIMARY KEY,
    employee_number VARCHAR(32)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    email           VARCHAR(320)  NOT NULL,
    department_id   BIGINT        NOT NULL,
    manager_id      BIGINT,
    hire_date       DATE          NOT NULL,
    -- "/<top id>/.../<own id>/": everyone under a person is one indexed LIKE 'prefix%'.
    reporting_path  VARCHAR(2000) NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT employee_number_unique UNIQUE (employee_number),
    CONSTRAINT employee_email_unique UNIQUE (email),
    CONSTRAINT employee_department_fk FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT employee_manager_fk FOREIGN KEY (manager_id) REFERENCES employee (id),
    CONSTRAINT employee_not_own_manager CHECK (manager_id IS NULL OR manager_id <> id)
);
CREATE INDEX employee_manager_idx ON employee (manager_id);
CREATE INDEX employee_department_idx ON employee (department_id);
CREATE INDEX employee_path_idx ON employee (reporting_path);
CREATE INDEX employee_name_idx ON employee (name);

ALTER TABLE department ADD CONSTRAINT department_head_fk FOREIGN KEY (head_id) REFERENCES employee (id);
ALTER TABLE department ADD CONSTRAINT department_hr_partner_fk FOREIGN KEY (hr_partner_id) REFERENCES employee (id);

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    login           VARCHAR(64)  NOT NULL,
    -- Jakarta Security Pbkdf2PasswordHash format; NULL for accounts that sign in through LDAP.
    password_hash   VARCHAR(512),
    employee_id     BIGINT,
    version         BIGINT       NOT NULL,
    CONSTRAINT account_login_unique UNIQUE (login),
    CONSTRAINT account_employee_unique UNIQUE (employee_id),
    CONSTRAINT account_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id)
);

-- Roles granted to an account. MANAGER and DIRECTOR are not stored: they follow from the org.
CREATE TABLE account_role (
    account_id      BIGINT       NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
