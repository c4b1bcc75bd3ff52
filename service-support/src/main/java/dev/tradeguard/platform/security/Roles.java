package dev.tradeguard.platform.security;

/**
 * The roles a bearer token may carry (its {@code groups} claim). Every state-changing endpoint names the role it needs;
 * reads need {@link #VIEWER} or above.
 */
public final class Roles {
    /** Reads: positions, reports, limits, deliveries. */
    public static final String VIEWER = "viewer";
    /** Approves or rejects pending orders; submits recommendations. */
    public static final String APPROVER = "approver";
    /** Halts and resumes trading, changes limits, flattens positions. */
    public static final String RISK_OFFICER = "risk-officer";
    /** Everything, including channel tests and configuration checks. */
    public static final String ADMIN = "admin";
    /** Other TradeGuard services calling in. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
