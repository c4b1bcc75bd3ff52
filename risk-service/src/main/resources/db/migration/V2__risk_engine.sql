-- The kill switch per account, and its full history (who, when, why).
CREATE TABLE trading_state (
    account_id  VARCHAR(64)   PRIMARY KEY,
    state       VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    changed_by  VARCHAR(128)  NOT NULL,
    changed_at  TIMESTAMPTZ   NOT NULL
);
CREATE TABLE trading_state_history (
    id              BIGSERIAL     PRIMARY KEY,
    account_id      VARCHAR(64)   NOT NULL,
    previous_state  VARCHAR(16),
    state           VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    changed_by      VARCHAR(128)  NOT NULL,
    changed_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX trading_state_history_account ON trading_state_history (account_id, changed_at);

-- The high-water mark of equity per account, the base of the drawdown halt.
ALTER TABLE account_state ADD COLUMN high_water_mark NUMERIC(19, 4);
-- The positions of the latest snapshot, by symbol: signed quantity, average entry and last price.
CREATE TABLE account_position (
    account_id      VARCHAR(64)    NOT NULL,
    symbol          VARCHAR(16)    NOT NULL,
    quantity        NUMERIC(19, 6) NOT NULL,
    avg_entry_price NUMERIC(19, 6) NOT NULL,
    current_price   NUMERIC(19, 6) NOT NULL,
    PRIMARY KEY (account_id, symbol)
);

-- One decision per recommendation, forever: a redelivered recommendation gets the same decision and no new order.
CREATE TABLE decision (
    recommendation_id VARCHAR(128)   PRIMARY KEY,
    account_id        VARCHAR(64)    NOT NULL,
    strategy          VARCHAR(64)    NOT NULL,
    symbol            VARCHAR(16)    NOT NULL,
    side              VARCHAR(16)    NOT NULL,
    outcome           VARCHAR(24)    NOT NULL,
    reason_code       VARCHAR(64),
    reason_message    VARCHAR(2000),
    quantity          NUMERIC(19, 6),
    limit_price       NUMERIC(19, 6),
    stop_loss         NUMERIC(19, 6),
    take_profit       NUMERIC(19, 6),
    recommendation    TEXT           NOT NULL,
    decided_at        TIMESTAMPTZ    NOT NULL
);
CREATE INDEX decision_account_time ON decision (account_id, decided_at);

-- Orders waiting for a human, and what became of them.
CREATE TABLE approval (
    id                UUID           PRIMARY KEY,
    recommendation_id VARCHAR(128)   NOT NULL UNIQUE REFERENCES decision (recommendation_id),
    account_id        VARCHAR(64)    NOT NULL,
    strategy          VARCHAR(64)    NOT NULL,
    symbol            VARCHAR(16)    NOT NULL,
    side              VARCHAR(16)    NOT NULL,
    quantity          NUMERIC(19, 6) NOT NULL,
    limit_price       NUMERIC(19, 6),
    stop_loss         NUMERIC(19, 6),
    take_profit       NUMERIC(19, 6),
    high_risk_reasons VARCHAR(1000),
    status            VARCHAR(16)    NOT NULL,
    requested_at      TIMESTAMPTZ    NOT NULL,
    expires_at        TIMESTAMPTZ    NOT NULL,
    decided_by        VARCHAR(128),
    decided_at        TIMESTAMPTZ,
    decision_reason   VARCHAR(2000)
);
CREATE INDEX approval_status ON approval (status, expires_at);

-- Every approved order and whether the broker has finished with it (from the fills topic).
CREATE TABLE approved_order (
    order_id          UUID           PRIMARY KEY,
    recommendation_id VARCHAR(128)   NOT NULL UNIQUE,
    account_id        VARCHAR(64)    NOT NULL,
    strategy          VARCHAR(64)    NOT NULL,
    symbol            VARCHAR(16)    NOT NULL,
    side              VARCHAR(16)    NOT NULL,
    quantity          NUMERIC(19, 6) NOT NULL,
    approved_at       TIMESTAMPTZ    NOT NULL,
    expires_at        TIMESTAMPTZ    NOT NULL,
    terminal          BOOLEAN        NOT NULL DEFAULT FALSE
);
CREATE INDEX approved_order_open ON approved_order (account_id, symbol) WHERE NOT terminal;

-- Closed trades seen on the fills topic, for the consecutive-loss halt.
CREATE TABLE closed_trade (
    event_id    UUID           PRIMARY KEY,
    account_id  VARCHAR(64)    NOT NULL,
    symbol      VARCHAR(16)    NOT NULL,
    pnl         NUMERIC(19, 4) NOT NULL,
    closed_at   TIMESTAMPTZ    NOT NULL
);
CREATE INDEX closed_trade_account_time ON closed_trade (account_id, closed_at);

-- Who did what, when, from where.
CREATE TABLE audit_log (
    id        BIGSERIAL     PRIMARY KEY,
    at        TIMESTAMPTZ   NOT NULL,
    actor     VARCHAR(128)  NOT NULL,
    action    VARCHAR(64)   NOT NULL,
    target    VARCHAR(128),
    details   VARCHAR(4000),
    source    VARCHAR(128)
);
CREATE INDEX audit_log_at ON audit_log (at);
