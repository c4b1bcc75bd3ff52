package dev.tradeguard.platform.messaging;

/**
 * A Kafka record that will not be processed. Its message becomes the {@code dead-letter-reason} header of the record
 * in {@code <topic>.dlq}.
 */
public class RejectedRecordException extends RuntimeException {
    public RejectedRecordException(String reason) {
        super(reason, null, false, false);
    }

    public RejectedRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
