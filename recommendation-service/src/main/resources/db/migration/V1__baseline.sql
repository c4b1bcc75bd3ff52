-- recommendation-service keeps its tables here; the shared outbox comes from service-support (db/common).
COMMENT ON TABLE outbox_event IS 'recommendations waiting to be published to the recommendations topic';
