package dev.tradeguard.risk.domain;

/** A typed denial: {@code NOTIONAL_EXCEEDS_MAX_PER_ORDER: max=…, got=…}. A value, never an exception. */
public record Denial(DenialReason reason, String message) {
    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
