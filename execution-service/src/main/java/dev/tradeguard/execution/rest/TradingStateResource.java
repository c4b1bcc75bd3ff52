package dev.tradeguard.execution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.execution.domain.KnownTradingState;
import dev.tradeguard.execution.service.TradingStateService;
import dev.tradeguard.platform.security.Roles;

@Path("/trading-state")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class TradingStateResource {
    @Inject
    TradingStateService tradingStates;

    @GET
    @Path("/{accountId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The trading state execution-service enforces for an account (404: unknown, so no orders)")
    public KnownTradingState get(@PathParam("accountId") String accountId) {
        return tradingStates.find(accountId).orElseThrow(() -> new NotFoundException(
                "no trading state known for " + accountId + ": orders for it are refused until one arrives"));
    }
}
