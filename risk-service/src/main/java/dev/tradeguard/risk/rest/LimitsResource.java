package dev.tradeguard.risk.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.service.AuditService;

@Path("/limits")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class LimitsResource {
    @Inject
    LimitsResolver limits;

    @Inject
    AuditService audit;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The limits in force per strategy, after account and strategy overrides (audited)")
    public List<Limits> all() {
        audit.record(callers.current(), "CONFIG_VIEWED", "limits", null);
        return limits.all();
    }
}
