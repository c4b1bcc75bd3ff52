package dev.tradeguard.risk.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import dev.tradeguard.risk.service.AuditService.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Who is calling and from where, for the audit log. */
@RequestScoped
public class Callers {
    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    public Actor current() {
        String forwarded = routing.request().getHeader("X-Forwarded-For");
        String source = forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].trim()
                : routing.request().remoteAddress() == null ? "unknown" : routing.request().remoteAddress().hostAddress();
        return new Actor(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(), source);
    }
}
