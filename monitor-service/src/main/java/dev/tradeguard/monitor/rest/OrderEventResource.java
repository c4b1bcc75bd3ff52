package dev.tradeguard.monitor.rest;

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

import dev.tradeguard.monitor.domain.RecordedFill;
import dev.tradeguard.monitor.service.LedgerService;
import dev.tradeguard.platform.security.Roles;

@Path("/accounts/{accountId}/order-events")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class OrderEventResource {
    @Inject
    LedgerService ledger;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every order lifecycle event of the account, in broker time order")
    public List<RecordedFill> list(@PathParam("accountId") String accountId) {
        return ledger.events(accountId);
    }
}
