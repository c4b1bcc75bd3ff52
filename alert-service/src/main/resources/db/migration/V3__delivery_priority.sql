-- Urgent first: the dispatcher claims a channel's due deliveries by priority, then due time, then id, so a CRITICAL
-- alert is not queued behind a channel's backlog of INFO ones (Slack sends one message a second).
-- priority_rank is the alert's effective priority as a sortable number, lowest sends first:
-- 0 EMERGENCY, 1 CRITICAL, 2 HIGH, 3 WARNING, 4 INFO (DeliveryRepository.rank).
ALTER TABLE alert_delivery ADD COLUMN priority_rank SMALLINT;
-- Rows already in the log take their alert's own priority (a route that raised it is not known to SQL).
UPDATE alert_delivery d SET priority_rank = CASE a.priority
        WHEN 'EMERGENCY' THEN 0 WHEN 'CRITICAL' THEN 1 WHEN 'HIGH' THEN 2 WHEN 'WARNING' THEN 3 ELSE 4 END
    FROM received_alert a WHERE a.event_id = d.event_id;
-- A row written without a rank (by hand, or by a replica still on the previous version during a rolling upgrade) is
-- treated as the most urgent: when its priority is unknown it must not wait behind anything.
ALTER TABLE alert_delivery ALTER COLUMN priority_rank SET DEFAULT 0;
UPDATE alert_delivery SET priority_rank = 0 WHERE priority_rank IS NULL;
ALTER TABLE alert_delivery ALTER COLUMN priority_rank SET NOT NULL;
ALTER TABLE alert_delivery ADD CONSTRAINT alert_delivery_priority_rank CHECK (priority_rank BETWEEN 0 AND 4);

-- Serves the claim in its own order (channel, then ORDER BY priority_rank, next_attempt_at, id), so it reads the
-- first due rows of the index instead of sorting every pending row of the channel. It replaces alert_delivery_due
-- (channel, next_attempt_at), which served the old first-in-first-out claim and nothing else.
CREATE INDEX alert_delivery_claim ON alert_delivery (channel, priority_rank, next_attempt_at, id)
    WHERE status = 'PENDING';
DROP INDEX alert_delivery_due;
