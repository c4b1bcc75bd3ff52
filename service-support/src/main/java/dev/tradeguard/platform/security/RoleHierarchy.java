package dev.tradeguard.platform.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Roles imply lesser ones, so an endpoint names only the least role it needs: {@code admin} holds every role; an
 * {@code approver}, a {@code risk-officer} and a {@code service} may also read ({@code viewer}). Approving and halting
 * stay separate duties.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {
    static final Map<String, Set<String>> IMPLIED = Map.of(
            Roles.ADMIN, Set.of(Roles.RISK_OFFICER, Roles.APPROVER, Roles.VIEWER),
            Roles.RISK_OFFICER, Set.of(Roles.VIEWER),
            Roles.APPROVER, Set.of(Roles.VIEWER),
            Roles.SERVICE, Set.of(Roles.VIEWER));

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> implied = new HashSet<>();
        for (String role : identity.getRoles()) {
            implied.addAll(IMPLIED.getOrDefault(role, Set.of()));
        }
        implied.removeAll(identity.getRoles());
        if (implied.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(implied).build());
    }
}
