-- The order details execution quality needs (limit, ordered and filled quantity, average price).
ALTER TABLE order_event
    ADD COLUMN order_type       VARCHAR(32),
    ADD COLUMN order_quantity   NUMERIC(19, 6),
    ADD COLUMN filled_quantity  NUMERIC(19, 6),
    ADD COLUMN filled_avg_price NUMERIC(19, 6),
    ADD COLUMN limit_price      NUMERIC(19, 6);
CREATE INDEX order_event_correlation ON order_event (correlation_id);

-- The newest account snapshot per account: open positions, cash and equity for reports and position watch.
CREATE TABLE account_snapshot (
    account_id    VARCHAR(64)    PRIMARY KEY,
    strategy      VARCHAR(64),
    occurred_at   TIMESTAMPTZ    NOT NULL,
    equity        NUMERIC(19, 6) NOT NULL,
    last_equity   NUMERIC(19, 6) NOT NULL,
    cash          NUMERIC(19, 6) NOT NULL,
    buying_power  NUMERIC(19, 6) NOT NULL,
    positions     TEXT           NOT NULL
);

-- The equity curve: the last snapshot of each New York day. trading_day is set once any snapshot of that day shows
-- the market open (or about to open that day), so weekends and holidays stay out of daily returns.
CREATE TABLE equity_close (
    account_id   VARCHAR(64)    NOT NULL,
    market_date  DATE           NOT NULL,
    strategy     VARCHAR(64),
    equity       NUMERIC(19, 6) NOT NULL,
    last_equity  NUMERIC(19, 6) NOT NULL,
    cash         NUMERIC(19, 6) NOT NULL,
    snapshot_at  TIMESTAMPTZ    NOT NULL,
    trading_day  BOOLEAN        NOT NULL,
    PRIMARY KEY (account_id, market_date)
);

-- Every recommendation: the stop and target of the positions it opens, and the base of recommendation outcomes.
CREATE TABLE recommendation (
    recommendation_id VARCHAR(128)   PRIMARY KEY,
    event_id          UUID           NOT NULL,
    account_id        VARCHAR(64)    NOT NULL,
    strategy          VARCHAR(64),
    symbol            VARCHAR(16)    NOT NULL,
    side              VARCHAR(16)    NOT NULL,
    limit_price       NUMERIC(19, 6),
    stop_loss         NUMERIC(19, 6),
    take_profit       NUMERIC(19, 6),
    occurred_at       TIMESTAMPTZ    NOT NULL
);
CREATE INDEX recommendation_account_symbol ON recommendation (account_id, symbol, occurred_at);

-- One row per position from the snapshot it first appeared in until the snapshot it was gone from.
CREATE TABLE position_episode (
    id                BIGSERIAL      PRIMARY KEY,
    account_id        VARCHAR(64)    NOT NULL,
    symbol            VARCHAR(16)    NOT NULL,
    direction         VARCHAR(8)     NOT NULL,
    opened_at         TIMESTAMPTZ    NOT NULL,
    closed_at         TIMESTAMPTZ,
    stop_loss         NUMERIC(19, 6),
    take_profit       NUMERIC(19, 6),
    recommendation_id VARCHAR(128)
);
CREATE UNIQUE INDEX position_episode_open ON position_episode (account_id, symbol) WHERE closed_at IS NULL;

-- Alerts that fire at most once per rule, subject (a symbol, or '*' for the account) and New York day.
CREATE TABLE alert_once (
    account_id  VARCHAR(64) NOT NULL,
    subject     VARCHAR(16) NOT NULL,
    rule        VARCHAR(32) NOT NULL,
    market_date DATE        NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, subject, rule, market_date)
);

-- Benchmark daily closes from the market-data API, fetched once.
CREATE TABLE benchmark_close (
    symbol      VARCHAR(16)    NOT NULL,
    market_date DATE           NOT NULL,
    close       NUMERIC(19, 6) NOT NULL,
    fetched_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, market_date)
);

-- Kill-switch changes from the trading-state topic: the go-live gate asks whether it was exercised recently.
CREATE TABLE trading_state_change (
    event_id       UUID         PRIMARY KEY,
    account_id     VARCHAR(64)  NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    previous_state VARCHAR(16),
    reason         TEXT         NOT NULL,
    changed_by     VARCHAR(128) NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX trading_state_change_account ON trading_state_change (account_id, occurred_at);
