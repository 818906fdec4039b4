-- A promotion case (issue 13): a PROMOTION or TRACK_CHANGE request carries, for competencies of its
-- target level's row, the evidence the requester offers. One row per competency given evidence; a
-- competency of the row without a row here is shown as "no evidence given". The competency is kept
-- by its code, like the target level, so that the case follows the target to a newly published
-- version of the framework (the same codes).
CREATE TABLE request_case_evidence (
    request_id      BIGINT        NOT NULL,
    competency_code VARCHAR(32)   NOT NULL,
    evidence        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (request_id, competency_code),
    CONSTRAINT request_case_evidence_request_fk FOREIGN KEY (request_id) REFERENCES change_request (id)
);

-- An amendment of the case is kept in the timeline one competency at a time, field "case:<code>"
-- (a competency code has up to 32 characters).
ALTER TABLE request_event_change ALTER COLUMN field_name SET DATA TYPE VARCHAR(48);
