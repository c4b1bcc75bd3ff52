package dev.tradeguard.testing.chaos;

/** What the nemesis can do to the running pipeline, and what each one is made of. */
public enum FaultKind {
    /** SIGKILL of one service, then a start of the same jar; recovery is the time until it is ready again. */
    SERVICE_KILL("SIGKILL and restart of a service"),
    /** SIGSTOP, a pause longer than the Kafka consumers' session timeout, then SIGCONT. */
    SERVICE_PAUSE("SIGSTOP/SIGCONT of a service for longer than the Kafka session timeout"),
    /** The in-JVM Kafka broker stopped and started again on the same port with the same data. */
    KAFKA_RESTART("Kafka broker restart"),
    /** Every connection of one service to its database closed by the server (pg_terminate_backend). */
    POSTGRES_CONNECTIONS_TERMINATED("PostgreSQL connections of a service terminated"),
    /** The next order submissions created at the broker but answered 500. */
    BROKER_ACCEPT_THEN_FAIL("broker: order accepted, then answered 500"),
    /** The next requests answered 500 without being processed. */
    BROKER_FAIL_REQUESTS("broker: requests answered 500 unprocessed"),
    /** The next orders accepted, then rejected by the broker. */
    BROKER_REJECT_ORDERS("broker: orders accepted then rejected"),
    /** Every broker answer delayed for a while. */
    BROKER_SLOW("broker: slow answers"),
    /** The broker's rate limit cut to a few requests a minute for a while: 429 bursts. */
    BROKER_RATE_LIMITED("broker: 429 burst"),
    /** The trade_updates stream closed by the broker. */
    BROKER_STREAM_DROPPED("broker: trade_updates stream dropped"),
    /** The next fill happens at the broker but is not streamed: only REST shows it. */
    BROKER_FILL_NOT_STREAMED("broker: a fill not streamed"),
    /** Slack and Discord answer 503 for a while. */
    WEBHOOK_OUTAGE("alert webhooks failing");

    private final String description;

    FaultKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
