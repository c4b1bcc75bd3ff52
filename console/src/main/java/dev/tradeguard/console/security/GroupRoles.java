package dev.tradeguard.console.security;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.console.config.ConsoleConfig;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Gives a person signed in by the cluster's OpenID Connect provider the console roles its groups map to
 * ({@code tradeguard.console.group-roles}), with the roles they imply. Whatever else the provider says is not a
 * console role: a group nobody mapped grants nothing, even one named like a role. Local users (their roles from
 * the console's configuration) pass unchanged.
 */
@ApplicationScoped
public class GroupRoles implements SecurityIdentityAugmentor {
    @Inject
    ConsoleConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(LocalUsers.LOCAL_USER) != null) {
            return Uni.createFrom().item(identity);
        }
        Set<String> granted = new HashSet<>();
        for (String group : identity.getRoles()) {
            String mapped = config.groupRoles().get(group);
            if (mapped != null) {
                granted.add(mapped);
            }
        }
        Set<String> roles = ConsoleRoles.withImplied(granted);
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal()).setAnonymous(false).addRoles(roles)
                .addAttributes(identity.getAttributes());
        identity.getCredentials().forEach(builder::addCredential);
        return Uni.createFrom().item(builder.build());
    }
}
