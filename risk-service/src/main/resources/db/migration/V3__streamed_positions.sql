-- Position changes and market-data statuses arrive between snapshots (issue 15). snapshot_at stays the time the
-- account's values were true (the ordering key); heard_at is the latest event of any kind, what silence is measured
-- from, so a status without new values still counts as execution-service being alive.
ALTER TABLE account_state ADD COLUMN heard_at TIMESTAMPTZ;
UPDATE account_state SET heard_at = snapshot_at;
ALTER TABLE account_state ALTER COLUMN heard_at SET NOT NULL;

-- The latest market-data freshness per account: while prices are stale nothing new is approved. Kept apart from
-- account_state because a status may come before the first snapshot.
CREATE TABLE market_data_status (
    account_id    VARCHAR(64)   PRIMARY KEY,
    fresh         BOOLEAN       NOT NULL,
    reason        VARCHAR(500),
    stale_symbols VARCHAR(2000) NOT NULL,
    since         TIMESTAMPTZ   NOT NULL,
    occurred_at   TIMESTAMPTZ   NOT NULL,
    event_id      UUID          NOT NULL
);
