package dev.tradeguard.risk.domain;

import java.time.Instant;

/** Who did what, when, from where. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String details,
        String source) {
}
