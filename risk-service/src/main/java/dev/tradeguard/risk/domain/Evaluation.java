package dev.tradeguard.risk.domain;

/** The result of the checks: a sized order, or the first denial. */
public record Evaluation(ProposedOrder order, Denial denial) {
    public static Evaluation pass(ProposedOrder order) {
        return new Evaluation(order, null);
    }

    public static Evaluation deny(DenialReason reason, String message) {
        return new Evaluation(null, new Denial(reason, message));
    }

    public boolean passed() {
        return denial == null;
    }
}
