package dev.tradeguard.console.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** The person signed in for this request, as pages show them and as the services' audit logs will name them. */
@RequestScoped
@Named("operator")
public class Operator {
    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The console roles held, sorted, for the page header and the minted token's {@code groups}. */
    public Set<String> roles() {
        return new TreeSet<>(ConsoleRoles.withImplied(identity.getRoles()));
    }

    public boolean isApprover() {
        return identity.hasRole(ConsoleRoles.APPROVER);
    }

    public boolean isRiskOfficer() {
        return identity.hasRole(ConsoleRoles.RISK_OFFICER);
    }

    public boolean isAdmin() {
        return identity.hasRole(ConsoleRoles.ADMIN);
    }

    /** Where the person's browser is (first X-Forwarded-For hop behind the gateway), for the services' audit. */
    public String source() {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
