-- What a notification is about, so that the notification centre links each one to its item: a kind
-- (REQUEST, TRIAL, SKIP_LEVEL, CONVERSATION, DELEGATION, GROWTH) and the id of that item. Rows from
-- before knew only their request: they become REQUEST notifications of it; the others stay without
-- a subject (they are still shown, without a link).

ALTER TABLE notification ADD COLUMN about_kind VARCHAR(20);
ALTER TABLE notification ADD COLUMN about_id BIGINT;
UPDATE notification SET about_kind = 'REQUEST', about_id = request_id WHERE request_id IS NOT NULL;
-- The bell counts the unread ones of one person on every page.
CREATE INDEX notification_unread_idx ON notification (recipient_id, read_at);
