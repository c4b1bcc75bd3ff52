package dev.tradeguard.alert.domain;

/** The state of one (alert, channel) delivery in the delivery log. */
public enum DeliveryStatus {
    /** Waiting for its next attempt ({@code next_attempt_at}). */
    PENDING,
    /** Claimed by a dispatcher that is sending it now. */
    SENDING,
    /** The channel accepted it. Final. */
    SENT,
    /** Gave up: a permanent error, or every attempt failed. Final; critical alerts have escalated. */
    FAILED,
    /** The channel has no credentials. Final; critical alerts have escalated. */
    SKIPPED,
    /**
     * A dispatcher claimed it and vanished (crash, kill) before recording the result: the message may or may not
     * have gone out. Never re-sent, so nothing is sent twice; critical alerts escalate so nothing is silently lost.
     */
    UNCONFIRMED;

    public boolean isFinal() {
        return this != PENDING && this != SENDING;
    }
}
