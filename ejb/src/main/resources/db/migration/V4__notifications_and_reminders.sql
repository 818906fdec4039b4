-- Notifications shown in the app (and mailed after commit), and the reminder/escalation marks on
-- sign-offs, so that each nudge is sent once.

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id              BIGINT        NOT NULL PRIMARY KEY,
    recipient_id    BIGINT        NOT NULL,
    request_id      BIGINT,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES employee (id),
    CONSTRAINT notification_request_fk FOREIGN KEY (request_id) REFERENCES change_request (id)
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at);

ALTER TABLE sign_off ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sign_off ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
