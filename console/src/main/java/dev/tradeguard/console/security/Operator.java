package dev.tradeguard.console.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/** The person signed in for this request, as pages show them and as the services' audit logs will name them. */
@RequestScoped
@Named("operator")
public class Operator {
    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    /**
     * The identity the request was authenticated with. Error pages render on the event loop, where asking the
     * injected identity is refused (it might block); the one the authentication stored on the request is at hand.
     */
    private SecurityIdentity current() {
        if (routing.user() instanceof QuarkusHttpUser user) {
            return user.getSecurityIdentity();
        }
        return io.vertx.core.Context.isOnEventLoopThread() ? null : identity;
    }

    public boolean signedIn() {
        SecurityIdentity who = current();
        return who != null && !who.isAnonymous();
    }

    public String name() {
        return signedIn() ? current().getPrincipal().getName() : "anonymous";
    }

    /** The console roles held, sorted, for the page header and the minted token's {@code groups}. */
    public Set<String> roles() {
        return signedIn() ? new TreeSet<>(ConsoleRoles.withImplied(current().getRoles())) : Set.of();
    }

    public boolean isApprover() {
        return roles().contains(ConsoleRoles.APPROVER);
    }

    public boolean isRiskOfficer() {
        return roles().contains(ConsoleRoles.RISK_OFFICER);
    }

    public boolean isAdmin() {
        return roles().contains(ConsoleRoles.ADMIN);
    }

    /** Where the person's browser is (first X-Forwarded-For hop behind the gateway), for the services' audit. */
    public String source() {
        String forwarded = routing.request().getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return routing.request().remoteAddress() == null ? "unknown" : routing.request().remoteAddress().hostAddress();
    }
}
