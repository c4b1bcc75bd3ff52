package dev.tradeguard.execution.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.execution.service.KillSwitchService;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.platform.security.Roles;

/** The guide's emergency scripts as endpoints: cancel every open order, or flatten the account. Audited. */
@Path("/emergency")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class EmergencyResource {
    @Inject
    KillSwitchService killSwitch;

    @Inject
    Audited audit;

    @POST
    @Path("/cancel-all")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "DELETE /v2/orders at the broker, then verify no order is open")
    public KillSwitchService.Outcome cancelAll() {
        audit.record("EMERGENCY_CANCEL_ALL", "requested");
        return killSwitch.execute("emergency:" + audit.actor(), "POST /emergency/cancel-all", false);
    }

    @POST
    @Path("/close-all")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "DELETE /v2/positions?cancel_orders=true at the broker (needs force=true), then verify flat")
    public Response closeAll(@QueryParam("force") String force) {
        if (!"true".equals(force)) {
            audit.record("EMERGENCY_CLOSE_ALL_REFUSED", "force=" + force);
            return ErrorBody.response(400, "closing every position sells at market: confirm with force=true",
                    List.of(new Violation("force", "must be true")));
        }
        audit.record("EMERGENCY_CLOSE_ALL", "requested with force=true");
        return Response.ok(killSwitch.execute("emergency:" + audit.actor(), "POST /emergency/close-all", true))
                .build();
    }
}
