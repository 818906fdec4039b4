-- The timeline of a request as its participants see it: submission, every decision, hold and
-- release, reassignment, withdrawal and taking effect, each with who acted and on whose behalf.
-- (The audit trail keeps the same facts hash-chained for HR; this is the readable, queryable view.)

CREATE SEQUENCE request_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE request_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    request_id      BIGINT        NOT NULL,
    happened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(16)   NOT NULL,
    party           VARCHAR(24),
    actor_id        BIGINT,
    on_behalf_of_id BIGINT,
    comment         VARCHAR(4000),
    CONSTRAINT request_event_request_fk FOREIGN KEY (request_id) REFERENCES change_request (id),
    CONSTRAINT request_event_actor_fk FOREIGN KEY (actor_id) REFERENCES employee (id),
    CONSTRAINT request_event_on_behalf_of_fk FOREIGN KEY (on_behalf_of_id) REFERENCES employee (id)
);
CREATE INDEX request_event_request_idx ON request_event (request_id, happened_at);

-- The inbox sorts and filters pending sign-offs by when their request was submitted and is due.
CREATE INDEX change_request_submitted_idx ON change_request (submitted_at, id);
