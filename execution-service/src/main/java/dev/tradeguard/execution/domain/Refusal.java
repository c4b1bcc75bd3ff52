package dev.tradeguard.execution.domain;

/** A refused approved order: the typed reason and a message that says exactly what was wrong. */
public record Refusal(RefusalReason reason, String message) {
    /** The orderStatus text of the REJECTED order update: {@code refused: <REASON>: <message>}. */
    public String orderStatus() {
        return "refused: " + reason + ": " + message;
    }
}
