-- The order ledger (BRIEF invariant 1): an approved order is claimed here, and committed, before the broker is called.
-- The deterministic client_order_id links it to the broker across crashes; every status change is kept.
CREATE TABLE order_ledger (
    approved_order_id UUID          PRIMARY KEY,
    client_order_id   VARCHAR(48)   NOT NULL UNIQUE,
    broker_order_id   VARCHAR(64)   UNIQUE,
    account_id        VARCHAR(64)   NOT NULL,
    strategy          VARCHAR(64),
    correlation_id    VARCHAR(128),
    symbol            VARCHAR(16)   NOT NULL,
    side              VARCHAR(16)   NOT NULL,
    quantity          NUMERIC(20,6) NOT NULL,
    state             VARCHAR(24)   NOT NULL,
    broker_status     VARCHAR(32),
    filled_quantity   NUMERIC(20,6) NOT NULL DEFAULT 0,
    filled_avg_price  NUMERIC(20,6),
    reason            VARCHAR(2000),
    expires_at        TIMESTAMPTZ   NOT NULL,
    approved_order    TEXT          NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    submitted_at      TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX order_ledger_open ON order_ledger (state) WHERE state IN ('SUBMITTING', 'SUBMITTED', 'PARTIALLY_FILLED');

-- Every order the broker told us about, legs included: the last status and cumulative fill published for each, so a
-- trade update seen twice (stream and REST reconciliation) is published once.
CREATE TABLE broker_order (
    broker_order_id   VARCHAR(64)   PRIMARY KEY,
    approved_order_id UUID          REFERENCES order_ledger (approved_order_id),
    client_order_id   VARCHAR(64),
    role              VARCHAR(16)   NOT NULL,
    symbol            VARCHAR(16)   NOT NULL,
    side              VARCHAR(16),
    status            VARCHAR(32)   NOT NULL,
    filled_quantity   NUMERIC(20,6) NOT NULL DEFAULT 0,
    filled_avg_price  NUMERIC(20,6),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX broker_order_open ON broker_order (status)
    WHERE status NOT IN ('filled', 'canceled', 'expired', 'rejected', 'replaced', 'done_for_day');

CREATE TABLE order_status_change (
    id                BIGSERIAL     PRIMARY KEY,
    approved_order_id UUID          REFERENCES order_ledger (approved_order_id),
    broker_order_id   VARCHAR(64),
    state             VARCHAR(24),
    event             VARCHAR(32),
    broker_status     VARCHAR(32),
    filled_quantity   NUMERIC(20,6),
    fill_quantity     NUMERIC(20,6),
    fill_price        NUMERIC(20,6),
    source            VARCHAR(16)   NOT NULL,
    detail            VARCHAR(2000),
    recorded_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX order_status_change_order ON order_status_change (approved_order_id, id);
CREATE INDEX order_status_change_broker ON order_status_change (broker_order_id, id);

-- The last trade update seen on the stream: reconciliation reads what changed since.
CREATE TABLE stream_cursor (
    account_id     VARCHAR(64) PRIMARY KEY,
    last_event_at  TIMESTAMPTZ NOT NULL
);

-- Who did what through the emergency and order REST endpoints, and the kill switch's own actions.
CREATE TABLE audit_log (
    id         BIGSERIAL     PRIMARY KEY,
    actor      VARCHAR(128)  NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    detail     VARCHAR(4000) NOT NULL,
    at         TIMESTAMPTZ   NOT NULL DEFAULT now()
);
