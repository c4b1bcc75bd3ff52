-- Every trade idea that came through the door, published or kept as information (status), and where it came from.
CREATE TABLE recommendation (
    id             UUID          PRIMARY KEY,
    event_id       UUID          NOT NULL UNIQUE,
    schema_version INTEGER       NOT NULL,
    account_id     VARCHAR(64)   NOT NULL,
    strategy       VARCHAR(64)   NOT NULL,
    symbol         VARCHAR(16)   NOT NULL,
    -- NULL only for REJECTED_INFO rows: a file's rejected table does not say which way the idea traded.
    side           VARCHAR(16),
    quantity       NUMERIC,
    limit_price    NUMERIC,
    stop_loss      NUMERIC,
    take_profit    NUMERIC,
    confidence     NUMERIC,
    source         VARCHAR(64)   NOT NULL,
    rationale      TEXT,
    catalyst       VARCHAR(500),
    catalyst_date  DATE,
    valid_until    TIMESTAMPTZ,
    occurred_at    TIMESTAMPTZ   NOT NULL,
    market_date    DATE          NOT NULL,
    status         VARCHAR(16)   NOT NULL CHECK (status IN ('PUBLISHED', 'REJECTED_INFO')),
    status_reason  TEXT,
    origin         VARCHAR(16)   NOT NULL,
    submitted_by   VARCHAR(128),
    import_id      UUID,
    source_line    INTEGER,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (status <> 'PUBLISHED' OR side IS NOT NULL)
);
-- One published idea per account, strategy, symbol, side and market day: the backstop of the service's own check.
CREATE UNIQUE INDEX recommendation_one_per_day
    ON recommendation (account_id, strategy, symbol, side, market_date) WHERE status = 'PUBLISHED';
CREATE INDEX recommendation_by_day ON recommendation (market_date, strategy);
CREATE INDEX recommendation_by_import ON recommendation (import_id) WHERE import_id IS NOT NULL;

-- Every file import, with its line-by-line report (JSON), so a watched-directory import can be looked at later.
CREATE TABLE recommendation_import (
    id             UUID          PRIMARY KEY,
    file_name      VARCHAR(255),
    file_date      DATE,
    content_sha256 CHAR(64)      NOT NULL,
    origin         VARCHAR(32)   NOT NULL,
    imported_by    VARCHAR(128),
    imported_at    TIMESTAMPTZ   NOT NULL,
    created        INTEGER       NOT NULL,
    rejected       INTEGER       NOT NULL,
    report         TEXT          NOT NULL
);
CREATE INDEX recommendation_import_recent ON recommendation_import (imported_at DESC);
