-- When the broker keys of each account were issued, as execution-service's newest account snapshot says: the go-live
-- gate's key age. keys_issued_on is null when execution-service has none configured (or is older than the field).
CREATE TABLE account_keys (
    account_id     VARCHAR(64) PRIMARY KEY,
    keys_issued_on DATE,
    as_of          TIMESTAMPTZ NOT NULL
);
