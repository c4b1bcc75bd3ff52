package dev.tradeguard.console.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the services are, how the console signs its calls, and who may sign in locally. */
@ConfigMapping(prefix = "tradeguard.console")
public interface ConsoleConfig {
    /** Base URLs of the services the console calls (no trailing slash). */
    Services services();

    Tokens tokens();

    /**
     * Local sign-in (no identity provider): user name → password hash and roles. Empty in Kubernetes, where the
     * cluster's OpenID Connect provider signs people in.
     */
    Map<String, LocalUser> users();

    /** OpenID Connect groups → console roles (viewer, approver, risk-officer, admin); unmapped groups give nothing. */
    Map<String, String> groupRoles();

    /** How often an open page asks for news (new approvals, prices); a person should not notice it. */
    @WithDefault("2s")
    Duration refreshInterval();

    /** How long the console waits for a service before it says the service is down. */
    @WithDefault("5s")
    Duration serviceTimeout();

    interface Services {
        String risk();

        String execution();

        String monitor();

        String alert();

        /**
         * Where each service answers {@code /q/health/ready} when that is not its API's base URL (the packaged
         * services serve health on Quarkus' management interface, their own port).
         */
        Management management();
    }

    interface Management {
        Optional<String> risk();

        Optional<String> execution();

        Optional<String> monitor();

        Optional<String> alert();
    }

    interface Tokens {
        /** {@code iss} of the minted tokens: the services' {@code mp.jwt.verify.issuer}. */
        @WithDefault("https://tradeguard.local")
        String issuer();

        /** Each call gets a fresh token this short-lived: a leaked one is worthless soon. */
        @WithDefault("2m")
        Duration lifetime();
    }

    interface LocalUser {
        /** bcrypt ({@code $2a$…}); {@code java -cp … dev.tradeguard.console.security.PasswordHash} makes one. */
        String passwordHash();

        List<String> roles();
    }
}
