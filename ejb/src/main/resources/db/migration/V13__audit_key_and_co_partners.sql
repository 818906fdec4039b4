-- HR partners beside a department's signing partner: they see and look after the department
-- (its people, requests and audit) but do not sign as HR.
CREATE TABLE department_co_partner (
    department_id   BIGINT        NOT NULL,
    employee_id     BIGINT        NOT NULL,
    PRIMARY KEY (department_id, employee_id),
    CONSTRAINT department_co_partner_department_fk FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT department_co_partner_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id)
);

-- How the chain's hashes are made: 'SHA256' (the unkeyed chain before this version) or 'HMAC'
-- (HMAC-SHA256 with a key kept outside the database). The application re-chains a legacy chain
-- with its key once, at its first start on this version.
ALTER TABLE audit_head ADD COLUMN chain VARCHAR(16) DEFAULT 'SHA256' NOT NULL;
