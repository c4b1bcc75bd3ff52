-- Every alert received, once (event_id): what alert-service must deliver.
CREATE TABLE received_alert (
    event_id     UUID         PRIMARY KEY,
    account_id   VARCHAR(64)  NOT NULL,
    strategy     VARCHAR(64),
    alert_type   VARCHAR(32)  NOT NULL,
    priority     VARCHAR(16)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    message      TEXT         NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX received_alert_account_time ON received_alert (account_id, occurred_at);
