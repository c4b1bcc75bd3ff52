-- The last trading state execution-service has heard of, per account. No row means unknown, and unknown is not ACTIVE:
-- no order goes out (BRIEF invariant 2).
CREATE TABLE known_trading_state (
    account_id  VARCHAR(64)   PRIMARY KEY,
    state       VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    changed_by  VARCHAR(128)  NOT NULL,
    changed_at  TIMESTAMPTZ   NOT NULL,
    event_id    UUID          NOT NULL
);
