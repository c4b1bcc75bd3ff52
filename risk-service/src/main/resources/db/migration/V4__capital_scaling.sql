-- The guide's capital scaling rules (issue 18) need each account's equity per New York market day: the start (the
-- broker's previous close, last_equity) and the end (the latest snapshot of that day). Recorded from the positions
-- snapshots risk-service already consumes; one row per account and NYSE trading day, so a redelivered or late
-- snapshot changes nothing it should not (the end only moves to a snapshot taken later that day).
CREATE TABLE account_daily_equity (
    account_id    VARCHAR(64)    NOT NULL,
    market_date   DATE           NOT NULL,
    start_equity  NUMERIC(19, 4) NOT NULL,
    end_equity    NUMERIC(19, 4) NOT NULL,
    end_at        TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (account_id, market_date)
);

-- Every accepted change of the capital TradeGuard may deploy for an account, in order; the latest row is in force.
-- No row: the engine sizes on the account's whole equity, as before.
CREATE TABLE account_capital_change (
    id                BIGSERIAL      PRIMARY KEY,
    account_id        VARCHAR(64)    NOT NULL,
    previous_capital  NUMERIC(19, 4) NOT NULL,
    capital           NUMERIC(19, 4) NOT NULL,
    cash_reserve_pct  NUMERIC(9, 6)  NOT NULL,
    increase          BOOLEAN        NOT NULL,
    trading_days      INTEGER        NOT NULL,
    period_return     NUMERIC(19, 6),
    reason            VARCHAR(1000)  NOT NULL,
    changed_by        VARCHAR(128)   NOT NULL,
    changed_at        TIMESTAMPTZ    NOT NULL
);
CREATE INDEX account_capital_change_account ON account_capital_change (account_id, id);
