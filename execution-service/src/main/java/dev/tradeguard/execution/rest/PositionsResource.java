package dev.tradeguard.execution.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.service.SnapshotService;
import dev.tradeguard.platform.security.Roles;

@Path("/positions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class PositionsResource {
    @Inject
    SnapshotService snapshots;

    @POST
    @Path("/snapshot")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Publish an account + positions snapshot on the positions topic now, and return it")
    public Response snapshot() {
        try {
            return Response.ok(snapshots.publish()).build();
        } catch (BrokerException e) {
            return ErrorBody.response(502, "the broker could not be read: " + e.getMessage(), List.of());
        }
    }
}
