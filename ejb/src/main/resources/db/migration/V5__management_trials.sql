-- Management trials are time-boxed: a review date, a prompt to the trial's manager and HR when it
-- comes, and an outcome (confirm, extend, return to IC) decided through the workflow.
ALTER TABLE change_request ADD COLUMN review_date DATE;
ALTER TABLE change_request ADD COLUMN review_prompted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE change_request ADD COLUMN outcome VARCHAR(16);
CREATE INDEX change_request_review_idx ON change_request (state, review_date);
