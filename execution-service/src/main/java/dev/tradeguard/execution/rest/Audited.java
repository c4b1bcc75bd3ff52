package dev.tradeguard.execution.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import dev.tradeguard.execution.repository.AuditLogRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/** Writes who called which operator endpoint into the audit log. */
@RequestScoped
public class Audited {
    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLogRepository auditLog;

    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public void record(String action, String detail) {
        String actor = actor();
        QuarkusTransaction.requiringNew().run(() -> auditLog.record(actor, action, detail));
    }
}
