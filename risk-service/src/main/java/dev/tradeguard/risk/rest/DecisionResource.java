package dev.tradeguard.risk.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.repository.DecisionRepository;

@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class DecisionResource {
    @Inject
    DecisionRepository decisions;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Decisions on recommendations, newest first, with the typed reason of each denial")
    public List<Decision> list(@QueryParam("accountId") String accountId, @QueryParam("limit") String limit) {
        return decisions.recent(accountId, Requests.limit(limit, 100, 1000));
    }

    @GET
    @Path("/{recommendationId}")
    @RolesAllowed(Roles.VIEWER)
    public Decision get(@PathParam("recommendationId") String recommendationId) {
        return decisions.find(recommendationId)
                .orElseThrow(() -> new NotFoundException("no decision on recommendation " + recommendationId));
    }
}
