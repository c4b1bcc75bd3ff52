package dev.tradeguard.console.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The roles a person may hold in the console: the services' own role names, so the token the console mints for a
 * person carries exactly what the services check. {@code admin} implies every role; {@code approver} and
 * {@code risk-officer} imply {@code viewer}; approving and halting stay separate duties.
 */
public final class ConsoleRoles {
    public static final String VIEWER = "viewer";
    public static final String APPROVER = "approver";
    public static final String RISK_OFFICER = "risk-officer";
    public static final String ADMIN = "admin";

    static final Set<String> ALL = Set.of(VIEWER, APPROVER, RISK_OFFICER, ADMIN);

    private static final Map<String, Set<String>> IMPLIED = Map.of(
            ADMIN, Set.of(RISK_OFFICER, APPROVER, VIEWER),
            RISK_OFFICER, Set.of(VIEWER),
            APPROVER, Set.of(VIEWER));

    private ConsoleRoles() {
    }

    /** The console roles among {@code granted}, with every role they imply; anything else is dropped. */
    public static Set<String> withImplied(Set<String> granted) {
        Set<String> roles = new HashSet<>();
        for (String role : granted) {
            if (ALL.contains(role)) {
                roles.add(role);
                roles.addAll(IMPLIED.getOrDefault(role, Set.of()));
            }
        }
        return roles;
    }
}
