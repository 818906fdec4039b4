-- A conversation on every request, answered holds and amendments (issue 12).
-- Comments, answers to a hold, a holder keeping the hold and amendments are steps of the request's
-- timeline (request_event, actions COMMENTED, ANSWERED, HOLD_KEPT, AMENDED); what an amendment
-- changed is kept field by field, old and new value, so that the timeline can show it.
CREATE TABLE request_event_change (
    event_id     BIGINT        NOT NULL,
    change_order INTEGER       NOT NULL,
    field_name   VARCHAR(24)   NOT NULL,
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    PRIMARY KEY (event_id, change_order),
    CONSTRAINT request_event_change_event_fk FOREIGN KEY (event_id) REFERENCES request_event (id)
);

-- The requester's answer to a party's hold, on the sign-off that holds, until the holder releases
-- the hold or keeps it: the holder's inbox finds the answered holds without reading the timeline.
ALTER TABLE sign_off ADD COLUMN hold_answer VARCHAR(4000);
ALTER TABLE sign_off ADD COLUMN hold_answered_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX sign_off_answered_hold_idx ON sign_off (hold_answered_at);
