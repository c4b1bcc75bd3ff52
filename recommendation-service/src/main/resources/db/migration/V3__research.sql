-- The AI research generator: every run, every exchange with the outside APIs (raw, for audit), the day's spend.
CREATE TABLE research_run (
    id             UUID          PRIMARY KEY,
    strategy       VARCHAR(64)   NOT NULL,
    account_id     VARCHAR(64)   NOT NULL,
    market_date    DATE          NOT NULL,
    run_trigger    VARCHAR(16)   NOT NULL,
    requested_by   VARCHAR(128),
    model          VARCHAR(128)  NOT NULL,
    started_at     TIMESTAMPTZ   NOT NULL,
    finished_at    TIMESTAMPTZ,
    status         VARCHAR(16)   NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    failure_kind   VARCHAR(32),
    failure        TEXT,
    turns          INTEGER       NOT NULL DEFAULT 0,
    input_tokens   BIGINT        NOT NULL DEFAULT 0,
    output_tokens  BIGINT        NOT NULL DEFAULT 0,
    published      INTEGER       NOT NULL DEFAULT 0,
    rejected       INTEGER       NOT NULL DEFAULT 0,
    -- JSON: what became of each idea of the final answer.
    ideas          TEXT
);
CREATE INDEX research_run_recent ON research_run (started_at DESC);

-- Raw responses, in order: the model's (also error bodies of failed attempts) and what each tool call returned.
CREATE TABLE research_exchange (
    run_id         UUID          NOT NULL REFERENCES research_run (id),
    seq            INTEGER       NOT NULL,
    api            VARCHAR(32)   NOT NULL CHECK (api IN ('ANTHROPIC', 'FINANCIAL_DATASETS')),
    call_name      VARCHAR(500)  NOT NULL,
    http_status    INTEGER,
    received_at    TIMESTAMPTZ   NOT NULL,
    body           TEXT          NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- Model spend per New York day, over all strategies; the generator stops before a call once it is used up.
CREATE TABLE research_budget (
    day            DATE          PRIMARY KEY,
    input_tokens   BIGINT        NOT NULL DEFAULT 0,
    output_tokens  BIGINT        NOT NULL DEFAULT 0,
    cost_usd       NUMERIC       NOT NULL DEFAULT 0,
    calls          INTEGER       NOT NULL DEFAULT 0
);
