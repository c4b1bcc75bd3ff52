package dev.tradeguard.console.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.console.config.ConsoleConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Local sign-in (the form on {@code /login}): users and roles from configuration, passwords checked against their
 * bcrypt hashes. A wrong password and an unknown user fail alike, so the form does not reveal who exists.
 */
@ApplicationScoped
public class LocalUsers implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(LocalUsers.class);
    /** Marks an identity whose roles come from the console's own configuration (no provider groups to map). */
    static final String LOCAL_USER = "tradeguard.console.local-user";

    @Inject
    ConsoleConfig config;

    /** A user whose hash is not bcrypt or whose role is unknown would fail only at sign-in: refuse to start instead. */
    void validate(@Observes StartupEvent start) {
        List<String> problems = new ArrayList<>();
        config.users().forEach((name, user) -> {
            if (!user.passwordHash().startsWith("$2")) {
                problems.add("tradeguard.console.users.\"" + name + "\".password-hash: must be a bcrypt hash ($2a$…),"
                        + " got a value starting '" + user.passwordHash().substring(0,
                                Math.min(3, user.passwordHash().length())) + "'");
            }
            for (String role : user.roles()) {
                if (!ConsoleRoles.ALL.contains(role)) {
                    problems.add("tradeguard.console.users.\"" + name + "\".roles: must be among "
                            + ConsoleRoles.ALL + ", got '" + role + "'");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("console sign-in is misconfigured: " + String.join("; ", problems));
        }
        LOG.infof("Local sign-in: %d user(s) configured", config.users().size());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // bcrypt is deliberately slow: keep it off the event loop
        return context.runBlocking(() -> {
            String name = request.getUsername();
            ConsoleConfig.LocalUser user = config.users().get(name);
            String password = new String(request.getPassword().getPassword());
            if (user == null || !BcryptUtil.matches(password, user.passwordHash())) {
                throw new AuthenticationFailedException("wrong user name or password");
            }
            return identity(name, user);
        });
    }

    /** The identity of a configured user, with the roles the configuration gives them today. */
    static SecurityIdentity identity(String name, ConsoleConfig.LocalUser user) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name))
                .addRoles(ConsoleRoles.withImplied(new HashSet<>(user.roles())))
                .addAttribute(LOCAL_USER, Boolean.TRUE).build();
    }

    /** The configured users, for the sign-in page's hint in the local runtime (names only). */
    public Map<String, ConsoleConfig.LocalUser> all() {
        return config.users();
    }
}
