-- The end-of-day reports that ran (red flags, daily summary, reviews), one row per report and New York day: the
-- reports follow the service's Clock, so a restarted service (or a replay that jumped ahead) knows what is still due.
CREATE TABLE report_run (
    job         VARCHAR(32) NOT NULL,
    market_date DATE        NOT NULL,
    ran_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job, market_date)
);
