-- Every order lifecycle event from the fills topic, once each (event_id). The trade ledger is computed from these.
CREATE TABLE order_event (
    event_id          UUID           PRIMARY KEY,
    account_id        VARCHAR(64)    NOT NULL,
    strategy          VARCHAR(64),
    correlation_id    VARCHAR(128),
    broker_order_id   VARCHAR(64)    NOT NULL,
    client_order_id   VARCHAR(48),
    event_type        VARCHAR(32)    NOT NULL,
    symbol            VARCHAR(16)    NOT NULL,
    side              VARCHAR(16),
    fill_quantity     NUMERIC(19, 6),
    fill_price        NUMERIC(19, 6),
    position_quantity NUMERIC(19, 6),
    broker_timestamp  TIMESTAMPTZ    NOT NULL,
    received_at       TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX order_event_account_time ON order_event (account_id, broker_timestamp);
