package dev.tradeguard.execution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.execution.domain.ConfigVerification;
import dev.tradeguard.execution.service.ConfigVerifier;
import dev.tradeguard.platform.security.Roles;

@Path("/config")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ConfigResource {
    @Inject
    ConfigVerifier verifier;

    @Inject
    Audited audit;

    @GET
    @Path("/verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The start-up verification (keys, endpoint vs LIVE_TRADING_ENABLED, account state), each check"
            + " with its message; refresh=true runs it again now")
    public ConfigVerification verify(@QueryParam("refresh") boolean refresh) {
        ConfigVerification result = refresh ? verifier.verify() : verifier.current();
        audit.record("CONFIG_VERIFY", "passed=" + result.passed());
        return result;
    }
}
