package dev.tradeguard.execution.rest;

import java.math.BigDecimal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerAccount;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.Masking;
import dev.tradeguard.platform.security.Roles;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Path("/account")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AccountResource {
    @Inject
    Broker broker;

    @Inject
    ExecutionConfig config;

    @Inject
    Audited audit;

    /** The broker account as operators may see it: the account number masked, never an id or key. */
    @RegisterForReflection
    public record MaskedAccount(String accountId, String accountNumber, String mode, String status,
            boolean tradingBlocked, boolean accountBlocked, BigDecimal equity, BigDecimal lastEquity, BigDecimal cash,
            BigDecimal buyingPower) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The broker account, masked (audited)")
    public Response get() {
        audit.record("ACCOUNT_READ", config.accountId());
        try {
            BrokerAccount a = broker.account();
            return Response.ok(new MaskedAccount(config.accountId(), Masking.accountNumber(a.accountNumber()),
                    config.liveTradingEnabled() ? "LIVE" : "PAPER", a.status(), a.tradingBlocked(),
                    a.accountBlocked(), a.equity(), a.lastEquity(), a.cash(), a.buyingPower())).build();
        } catch (BrokerException e) {
            return ErrorBody.response(502, "the broker account could not be read: " + e.getMessage(),
                    java.util.List.of());
        }
    }
}
