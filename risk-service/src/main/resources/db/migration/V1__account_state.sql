-- The latest account snapshot per account, as seen on the positions topic.
CREATE TABLE account_state (
    account_id    VARCHAR(64)    PRIMARY KEY,
    equity        NUMERIC(19, 4) NOT NULL,
    last_equity   NUMERIC(19, 4) NOT NULL,
    cash          NUMERIC(19, 4) NOT NULL,
    buying_power  NUMERIC(19, 4) NOT NULL,
    positions     INTEGER        NOT NULL,
    market_open   BOOLEAN        NOT NULL,
    snapshot_at   TIMESTAMPTZ    NOT NULL,
    event_id      UUID           NOT NULL
);
