package dev.tradeguard.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.console.config.ConsoleConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * A signed-in person's next request: the encrypted session cookie names the user; the roles come from today's
 * configuration, so a user removed or demoted there loses them on the next request, not when the cookie expires.
 */
@ApplicationScoped
public class LocalSessions implements IdentityProvider<TrustedAuthenticationRequest> {
    @Inject
    ConsoleConfig config;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        ConsoleConfig.LocalUser user = config.users().get(request.getPrincipal());
        if (user == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("user " + request.getPrincipal()
                    + " is no longer configured"));
        }
        return Uni.createFrom().item(LocalUsers.identity(request.getPrincipal(), user));
    }
}
