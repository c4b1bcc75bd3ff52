package dev.tradeguard.execution.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerState;
import dev.tradeguard.execution.domain.LedgerStatusChange;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.platform.security.Roles;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The order ledger, read-only. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class OrdersResource {
    @Inject
    OrderLedgerRepository ledger;

    @Inject
    Audited audit;

    @RegisterForReflection
    public record OrderWithHistory(LedgerEntry order, List<LedgerStatusChange> history) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Ledger entries, newest first (audited)")
    public Response list(@QueryParam("state") String state, @QueryParam("limit") @DefaultValue("100") String limit) {
        if (state != null) {
            try {
                LedgerState.valueOf(state);
            } catch (IllegalArgumentException e) {
                return ErrorBody.response(400, "unknown state " + state, List.of(new Violation("state",
                        "must be one of " + List.of(LedgerState.values()))));
            }
        }
        int rows = wholeNumber(limit);
        if (rows < 1 || rows > 1000) {
            return ErrorBody.response(400, "limit out of range", List.of(new Violation("limit",
                    "must be a whole number from 1 to 1000, got '" + limit + "'")));
        }
        audit.record("ORDERS_LIST", "state=" + state + " limit=" + rows);
        return Response.ok(ledger.list(state, rows)).build();
    }

    /** The parameter as a whole number; -1 (never in range) when it is none, so the caller names it. */
    private static int wholeNumber(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notAWholeNumber) {
            return -1;
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One ledger entry, by approved order id, client order id or broker order id, with its"
            + " history (audited)")
    public Response get(@PathParam("id") String id) {
        audit.record("ORDER_READ", id);
        Optional<LedgerEntry> entry = byAnyId(id);
        if (entry.isEmpty()) {
            return ErrorBody.response(404, "no order " + id + " in the ledger", List.of());
        }
        return Response.ok(new OrderWithHistory(entry.get(), ledger.history(entry.get().approvedOrderId()))).build();
    }

    private Optional<LedgerEntry> byAnyId(String id) {
        try {
            Optional<LedgerEntry> byApproved = ledger.find(UUID.fromString(id));
            if (byApproved.isPresent()) {
                return byApproved;
            }
        } catch (IllegalArgumentException notAUuid) {
            // fall through to the broker's ids
        }
        Optional<LedgerEntry> byClient = ledger.findByClientOrderId(id);
        return byClient.isPresent() ? byClient : ledger.findByBrokerOrderId(id);
    }
}
