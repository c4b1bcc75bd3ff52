-- The key-rotation alerts already raised: one row per account, alert type and the keys' issue day, so each alert is
-- raised once per key pair, across restarts. keys_issued_on is the ISO day, or 'not-configured' for the alert saying
-- that the issue day is not set.
CREATE TABLE key_rotation_alert (
    account_id      VARCHAR(64) NOT NULL,
    alert_type      VARCHAR(40) NOT NULL,
    keys_issued_on  VARCHAR(16) NOT NULL,
    raised_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, alert_type, keys_issued_on)
);
