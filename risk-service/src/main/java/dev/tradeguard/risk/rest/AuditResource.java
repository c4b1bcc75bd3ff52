package dev.tradeguard.risk.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.risk.domain.AuditEntry;
import dev.tradeguard.risk.service.AuditService;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Roles.RISK_OFFICER)
    @Operation(summary = "Who did what, when, from where: approvals, rejections, state changes, config views")
    public List<AuditEntry> list(@QueryParam("action") String action, @QueryParam("limit") String limit) {
        int rows = Requests.limit(limit, 200, 5000);
        return audit.list(action == null || action.isBlank() ? null : action.strip(), rows);
    }
}
