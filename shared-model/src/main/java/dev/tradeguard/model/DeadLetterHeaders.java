package dev.tradeguard.model;

/**
 * Headers on a record in a {@code <topic>.dlq} topic. The names are SmallRye Reactive Messaging's, so records
 * dead-lettered by our consumers and by the connector itself read the same.
 */
public final class DeadLetterHeaders {
    /** Why the record was rejected, naming the field where validation failed. */
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
