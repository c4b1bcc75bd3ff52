package dev.tradeguard.risk.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.domain.TradingStateRecord;
import dev.tradeguard.risk.service.TradingStateService;

/** The kill switch: see it, pull it, release it. Resuming is always an explicit, audited act of a risk officer. */
@Path("/trading-state")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class TradingStateResource {
    @Inject
    TradingStateService tradingStates;

    @Inject
    LimitsResolver limits;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The trading state of every account")
    public List<TradingStateRecord> all() {
        return tradingStates.all();
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The trading state of one account")
    public TradingStateRecord get(@PathParam("accountId") String accountId) {
        return tradingStates.current(accountId)
                .orElseThrow(() -> new NotFoundException("no trading state for account " + accountId));
    }

    @GET
    @Path("/{accountId}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every change of the account's trading state: who, when, why")
    public List<TradingStateRecord> history(@PathParam("accountId") String accountId) {
        return tradingStates.history(accountId);
    }

    @POST
    @Path("/{accountId}/halt")
    @RolesAllowed(Roles.RISK_OFFICER)
    @Operation(summary = "HALT: no new orders; execution-service cancels open orders. Reason required.")
    public TradingStateRecord halt(@PathParam("accountId") String accountId, Requests.Reason body) {
        return change(accountId, TradingState.HALTED, body);
    }

    @POST
    @Path("/{accountId}/reduce")
    @RolesAllowed(Roles.RISK_OFFICER)
    @Operation(summary = "REDUCING: only orders that shrink a position. Reason required.")
    public TradingStateRecord reduce(@PathParam("accountId") String accountId, Requests.Reason body) {
        return change(accountId, TradingState.REDUCING, body);
    }

    @POST
    @Path("/{accountId}/resume")
    @RolesAllowed(Roles.RISK_OFFICER)
    @Operation(summary = "ACTIVE again. Never happens by itself. Reason required.")
    public TradingStateRecord resume(@PathParam("accountId") String accountId, Requests.Reason body) {
        return change(accountId, TradingState.ACTIVE, body);
    }

    private TradingStateRecord change(String accountId, TradingState target, Requests.Reason body) {
        String reason = (body == null ? new Requests.Reason(null) : body).validated();
        if (!limits.accounts().contains(accountId) && tradingStates.current(accountId).isEmpty()) {
            throw new NotFoundException("account " + accountId + " is not configured; known: " + limits.accounts());
        }
        return tradingStates.change(accountId, target, reason, callers.current());
    }
}
