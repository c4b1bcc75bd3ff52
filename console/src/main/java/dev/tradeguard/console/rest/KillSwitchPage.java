package dev.tradeguard.console.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import dev.tradeguard.console.client.ServiceRefusedException;
import dev.tradeguard.console.domain.KillSwitchOutcome;
import dev.tradeguard.console.domain.TradingState;
import dev.tradeguard.console.security.ConsoleRoles;
import dev.tradeguard.console.service.KillSwitchBoard;
import dev.tradeguard.console.service.Loaded;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Each account's trading state and why; HALT, REDUCE and RESUME (risk officer); CLOSE ALL POSITIONS (admin). */
@Path("/kill-switch")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(ConsoleRoles.VIEWER)
public class KillSwitchPage {
    @Inject
    KillSwitchBoard killSwitch;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Loaded<List<KillSwitchBoard.AccountState>> accounts, Outcome outcome,
                String confirmation);
    }

    @GET
    public TemplateInstance page() {
        return render(null);
    }

    @POST
    @Path("/{accountId}/{action:halt|reduce|resume}")
    @RolesAllowed(ConsoleRoles.RISK_OFFICER)
    public TemplateInstance change(@PathParam("accountId") String accountId, @PathParam("action") String action,
            @RestForm String reason) {
        Outcome outcome;
        try {
            TradingState state = killSwitch.change(accountId, action, reason);
            outcome = Outcome.done(accountId + " is " + state.state(), "was " + state.previousState() + "; reason: "
                    + state.reason() + "; by " + state.changedBy() + " at " + state.changedAt());
        } catch (ServiceRefusedException e) {
            outcome = Outcome.refused(accountId + ": " + action.toUpperCase(java.util.Locale.ROOT) + " refused",
                    e.getMessage());
        }
        return render(outcome);
    }

    @POST
    @Path("/close-all")
    @RolesAllowed(ConsoleRoles.ADMIN)
    public TemplateInstance closeAll(@RestForm String confirmation) {
        Outcome outcome;
        try {
            outcome = emergency("CLOSE ALL POSITIONS", killSwitch.closeAll(confirmation));
        } catch (ServiceRefusedException e) {
            outcome = Outcome.refused("CLOSE ALL POSITIONS refused", e.getMessage());
        }
        return render(outcome);
    }

    @POST
    @Path("/cancel-all")
    @RolesAllowed(ConsoleRoles.ADMIN)
    public TemplateInstance cancelAll() {
        Outcome outcome;
        try {
            outcome = emergency("CANCEL ALL ORDERS", killSwitch.cancelAll());
        } catch (ServiceRefusedException e) {
            outcome = Outcome.refused("CANCEL ALL ORDERS refused", e.getMessage());
        }
        return render(outcome);
    }

    private static Outcome emergency(String what, KillSwitchOutcome result) {
        String[] details = {
            "orders cancelled: " + (result.cancelledOrders().isEmpty() ? "none" : String.join(", ",
                    result.cancelledOrders())),
            "positions closed: " + (result.closedPositions().isEmpty() ? "none" : String.join(", ",
                    result.closedPositions())),
            "after: " + result.openOrdersAfter() + " open order(s), " + result.positionsAfter() + " position(s)",
            result.verified() ? "verified at the broker" : "NOT verified: " + result.error() };
        return result.verified() && result.error() == null ? Outcome.done(what + ": done", details)
                : Outcome.refused(what + ": not verified", details);
    }

    private TemplateInstance render(Outcome outcome) {
        return Templates.page(Loaded.of(killSwitch::accounts), outcome, KillSwitchBoard.CLOSE_ALL_CONFIRMATION);
    }
}
