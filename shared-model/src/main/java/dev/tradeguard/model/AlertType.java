package dev.tradeguard.model;

/**
 * Every alert the system raises. The first six are the guide's ALERT_TYPES; the default priority of each is the
 * guide's or, for the rest, what an operator needs.
 */
public enum AlertType {
    STOP_LOSS_HIT(Priority.CRITICAL),
    DAILY_LOSS_LIMIT(Priority.EMERGENCY),
    POSITION_OPENED(Priority.INFO),
    POSITION_CLOSED(Priority.INFO),
    API_ERROR(Priority.HIGH),
    EXECUTION_FAILURE(Priority.HIGH),
    TRADING_HALTED(Priority.EMERGENCY),
    TRADING_RESUMED(Priority.HIGH),
    DRAWDOWN_LIMIT(Priority.EMERGENCY),
    APPROVAL_REQUESTED(Priority.HIGH),
    /** An order risk-service refused, or an approval that was rejected or expired. */
    ORDER_DENIED(Priority.WARNING),
    PROFIT_TARGET(Priority.INFO),
    TIME_EXIT(Priority.WARNING),
    RED_FLAG(Priority.CRITICAL),
    DAILY_SUMMARY(Priority.INFO),
    WEEKLY_REPORT(Priority.INFO),
    MONTHLY_REPORT(Priority.INFO),
    DLQ_RECORD(Priority.HIGH),
    STALE_DATA(Priority.HIGH),
    RECONCILIATION_MISMATCH(Priority.CRITICAL),
    /**
     * The guide's "rotate keys every 90 days": the broker keys reached 80 days, or their issue date is not configured
     * (so nobody can tell when they are due).
     */
    API_KEY_ROTATION_DUE(Priority.WARNING),
    /**
     * The broker keys are 90 days old or more. HIGH, not CRITICAL: the keys still work and no order or money is at
     * risk, so it must reach a pocket the same day but is not escalated across channels like a money-at-risk alert.
     */
    API_KEY_ROTATION_OVERDUE(Priority.HIGH);

    private final Priority defaultPriority;

    AlertType(Priority defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    public Priority defaultPriority() {
        return defaultPriority;
    }
}
