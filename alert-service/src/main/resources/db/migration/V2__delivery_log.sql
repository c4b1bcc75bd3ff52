-- What alert-service needs to render an alert on any channel, and the dedupe of repeats.
ALTER TABLE received_alert ADD COLUMN correlation_id VARCHAR(64);
ALTER TABLE received_alert ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
-- Set when the alert repeated an earlier one (same type, account, subject) within the dedupe window.
ALTER TABLE received_alert ADD COLUMN collapsed_into UUID REFERENCES received_alert (event_id);
ALTER TABLE received_alert ADD COLUMN repeat_count INT NOT NULL DEFAULT 0;
CREATE INDEX received_alert_dedupe ON received_alert (account_id, alert_type, subject, occurred_at);

-- The delivery log: one row per (alert, channel), created with the alert in one transaction. The unique key makes a
-- redelivered alert or a repeated escalation a no-op, so nothing is sent twice.
CREATE TABLE alert_delivery (
    id              BIGSERIAL    PRIMARY KEY,
    event_id        UUID         NOT NULL REFERENCES received_alert (event_id),
    channel         VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    claimed_at      TIMESTAMPTZ,
    escalated_from  VARCHAR(16),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    CONSTRAINT alert_delivery_once UNIQUE (event_id, channel)
);
CREATE INDEX alert_delivery_due ON alert_delivery (channel, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX alert_delivery_claimed ON alert_delivery (claimed_at) WHERE status = 'SENDING';
CREATE INDEX alert_delivery_status ON alert_delivery (status, created_at);
