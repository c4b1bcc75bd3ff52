package dev.tradeguard.alert.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertIntakeService;
import dev.tradeguard.platform.security.Roles;

@Path("/accounts/{accountId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ReceivedAlertResource {
    @Inject
    AlertIntakeService intake;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every alert received for the account, oldest first; repeats show what they collapsed into")
    public List<ReceivedAlert> list(@PathParam("accountId") String accountId) {
        return intake.received(accountId);
    }
}
