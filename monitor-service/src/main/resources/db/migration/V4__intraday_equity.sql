-- Every valuation of an account (snapshot or position change), so one day's chart can draw the intraday equity.
CREATE TABLE intraday_equity (
    account_id   VARCHAR(64)    NOT NULL,
    occurred_at  TIMESTAMPTZ    NOT NULL,
    market_date  DATE           NOT NULL,
    equity       NUMERIC(19, 6) NOT NULL,
    PRIMARY KEY (account_id, occurred_at)
);

CREATE INDEX intraday_equity_by_day ON intraday_equity (account_id, market_date, occurred_at);
