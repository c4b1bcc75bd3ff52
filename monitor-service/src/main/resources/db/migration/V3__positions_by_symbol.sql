-- Position changes move one position at a time (issue 15): each position is its own row, so a change updates one
-- row instead of rewriting the account's whole list. as_of is the time of the event that last set the row; an older
-- event never overwrites it. A closed position stays as a quantity-0 row until a snapshot without it replaces it,
-- so a late, older change cannot bring it back.
CREATE TABLE account_position (
    account_id        VARCHAR(64)    NOT NULL,
    symbol            VARCHAR(16)    NOT NULL,
    quantity          NUMERIC(19, 6) NOT NULL,
    avg_entry_price   NUMERIC(19, 6),
    current_price     NUMERIC(19, 6) NOT NULL,
    market_value      NUMERIC(19, 6),
    cost_basis        NUMERIC(19, 6),
    unrealized_pl     NUMERIC(19, 6),
    unrealized_pl_pct NUMERIC(19, 10),
    as_of             TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (account_id, symbol)
);

INSERT INTO account_position (account_id, symbol, quantity, avg_entry_price, current_price, market_value, cost_basis,
        unrealized_pl, unrealized_pl_pct, as_of)
SELECT s.account_id, p ->> 'symbol', (p ->> 'quantity')::NUMERIC, (p ->> 'avgEntryPrice')::NUMERIC,
       (p ->> 'currentPrice')::NUMERIC, (p ->> 'marketValue')::NUMERIC, (p ->> 'costBasis')::NUMERIC,
       (p ->> 'unrealizedPl')::NUMERIC, (p ->> 'unrealizedPlPct')::NUMERIC, s.occurred_at
FROM account_snapshot s, jsonb_array_elements(s.positions::jsonb) p;

-- occurred_at is now the newest valuation of the account (snapshot or change); snapshot_at the newest snapshot,
-- which alone decides whether a snapshot is the account's newest.
ALTER TABLE account_snapshot DROP COLUMN positions;
ALTER TABLE account_snapshot ADD COLUMN snapshot_at TIMESTAMPTZ;
UPDATE account_snapshot SET snapshot_at = occurred_at;
