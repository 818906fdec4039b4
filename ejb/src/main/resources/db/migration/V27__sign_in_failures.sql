-- Failed sign-ins per login and per client address, counted in fixed windows (the web module's
-- SignInThrottle). In the database rather than in each server's memory: on a cluster the load
-- balancer spreads a guesser's attempts over the instances, and the limits must hold for the
-- cluster as a whole. A row lives for one window; expired rows are deleted as failures come in.
CREATE TABLE sign_in_failure (
    -- 'login:<login in lower case>' or 'address:<client address>'
    subject VARCHAR(320) NOT NULL,
    -- when the window holding these failures began, in milliseconds since the epoch (UTC)
    window_start BIGINT NOT NULL,
    failures INTEGER NOT NULL,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (subject),
    CONSTRAINT sign_in_failure_counted CHECK (failures > 0)
);
CREATE INDEX sign_in_failure_window ON sign_in_failure (window_start);
