package dev.tradeguard.risk.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.risk.domain.AuditEntry;
import dev.tradeguard.risk.repository.AuditRepository;

/** The audit log: every approval, rejection, state change and configuration view. */
@ApplicationScoped
public class AuditService {
    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** Joins the caller's transaction, so an audited change and its audit entry commit together. */
    @Transactional
    public void record(Actor actor, String action, String target, String details) {
        audit.insert(clock.instant(), actor.name(), action, target, details, actor.source());
    }

    // a read in a transaction of its own (or the caller's): what is committed, from any thread
    @Transactional
    public List<AuditEntry> list(String action, int limit) {
        return audit.list(action, limit);
    }

    /** Who acted, and from where (remote address, or the forwarding gateway's X-Forwarded-For). */
    public record Actor(String name, String source) {
        public static final Actor SYSTEM = new Actor("risk-service", "internal");
    }
}
