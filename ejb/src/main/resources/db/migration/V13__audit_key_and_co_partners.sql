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

-- People and open requests left on a level of a retired framework version (a version published while
-- a request was in flight put its subject there) follow to the level of the same code in the version
-- now in force, as publishing does from this version on. Where the code is gone they stay, counted on
-- the dashboard as "no level in force".
UPDATE employee SET level_id = (
    SELECT nl.id FROM career_level ol
    JOIN framework_version ov ON ov.id = ol.framework_version_id AND ov.state = 'RETIRED'
    JOIN framework_version nv ON nv.framework_id = ov.framework_id AND nv.state = 'PUBLISHED'
    JOIN career_level nl ON nl.framework_version_id = nv.id AND nl.code = ol.code
    WHERE ol.id = employee.level_id)
WHERE EXISTS (
    SELECT 1 FROM career_level ol
    JOIN framework_version ov ON ov.id = ol.framework_version_id AND ov.state = 'RETIRED'
    JOIN framework_version nv ON nv.framework_id = ov.framework_id AND nv.state = 'PUBLISHED'
    JOIN career_level nl ON nl.framework_version_id = nv.id AND nl.code = ol.code
    WHERE ol.id = employee.level_id);

UPDATE change_request SET target_level_id = (
    SELECT nl.id FROM career_level ol
    JOIN framework_version ov ON ov.id = ol.framework_version_id AND ov.state = 'RETIRED'
    JOIN framework_version nv ON nv.framework_id = ov.framework_id AND nv.state = 'PUBLISHED'
    JOIN career_level nl ON nl.framework_version_id = nv.id AND nl.code = ol.code
    WHERE ol.id = change_request.target_level_id)
WHERE state IN ('SUBMITTED', 'ON_HOLD', 'APPROVED') AND EXISTS (
    SELECT 1 FROM career_level ol
    JOIN framework_version ov ON ov.id = ol.framework_version_id AND ov.state = 'RETIRED'
    JOIN framework_version nv ON nv.framework_id = ov.framework_id AND nv.state = 'PUBLISHED'
    JOIN career_level nl ON nl.framework_version_id = nv.id AND nl.code = ol.code
    WHERE ol.id = change_request.target_level_id);
