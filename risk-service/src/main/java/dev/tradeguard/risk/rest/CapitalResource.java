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

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.risk.domain.CapitalChange;
import dev.tradeguard.risk.domain.CapitalView;
import dev.tradeguard.risk.service.CapitalService;

/**
 * The capital TradeGuard may deploy for an account, changed only under the guide's scaling rules (Step 5): more
 * capital needs 30+ profitable trading days, at most 2x at once, and a cash reserve of 25-50 %. Less capital is always
 * accepted. Sizing keeps its percentages and applies them to the new capital.
 */
@Path("/accounts/{accountId}/capital")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class CapitalResource {
    @Inject
    CapitalService capital;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The capital in force, what sizing uses, the account against the scaling rules, every change")
    public CapitalView get(@PathParam("accountId") String accountId) {
        requireKnown(accountId);
        return capital.view(accountId);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the account's capital. More capital (or a lower cash reserve) is refused with 422 "
            + "NOT_PROFITABLE_30_DAYS, CAPITAL_INCREASE_EXCEEDS_2X or CASH_RESERVE_OUT_OF_RANGE; less is always "
            + "accepted. Reason required.")
    public CapitalChange change(@PathParam("accountId") String accountId, Requests.CapitalChange body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new Violation("body",
                    "is required: {\"capital\": dollars, \"cashReservePct\": optional fraction, \"reason\": text}")));
        }
        Requests.CapitalChange request = body.validated();
        requireKnown(accountId);
        return capital.change(accountId, request.capital(), request.cashReservePct(), request.reason(),
                callers.current());
    }

    private void requireKnown(String accountId) {
        if (!capital.known(accountId)) {
            throw new NotFoundException("account " + accountId + " is not configured");
        }
    }
}
