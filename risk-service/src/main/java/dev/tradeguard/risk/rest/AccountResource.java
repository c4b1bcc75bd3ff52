package dev.tradeguard.risk.rest;

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

import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.service.AccountStateService;

@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AccountResource {
    @Inject
    AccountStateService accountStates;

    @GET
    @Path("/{accountId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The account as risk-service last saw it: equity, cash, buying power, open positions")
    public AccountState get(@PathParam("accountId") String accountId) {
        return accountStates.find(accountId)
                .orElseThrow(() -> new NotFoundException("no snapshot of account " + accountId + " received yet"));
    }
}
