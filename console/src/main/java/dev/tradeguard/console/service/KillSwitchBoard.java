package dev.tradeguard.console.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.console.client.Service;
import dev.tradeguard.console.client.ServiceClient;
import dev.tradeguard.console.client.ServiceRefusedException;
import dev.tradeguard.console.domain.KillSwitchOutcome;
import dev.tradeguard.console.domain.TradingState;

/** The kill switch page: each account's state in risk-service and in execution-service, and the emergency acts. */
@ApplicationScoped
public class KillSwitchBoard {
    /** What a person types to close every position: deliberate, never a slip of a click. */
    public static final String CLOSE_ALL_CONFIRMATION = "CLOSE ALL";

    @Inject
    ServiceClient services;

    /** An account's state as risk-service decides it, and as execution-service enforces it (null: not known there). */
    public record AccountState(TradingState decided, String enforced) {
    }

    public List<AccountState> accounts() {
        List<TradingState> states = services.get(Service.RISK, "/trading-state", new TypeReference<List<TradingState>>() {
        });
        return states.stream().map(s -> new AccountState(s, enforced(s.accountId()))).toList();
    }

    /** execution-service serves one account; for the others (404) or while it is down the page says so. */
    private String enforced(String accountId) {
        Loaded<TradingState> known = Loaded.of(() -> services.get(Service.EXECUTION, "/trading-state/" + accountId,
                TradingState.class));
        if (!known.failed()) {
            return known.value().state();
        }
        return known.error().contains("(404)") ? "not traded by this execution-service" : "unknown: " + known.error();
    }

    /** HALTED, REDUCING or ACTIVE again, with the person's reason (risk-service audits who, when, why). */
    public TradingState change(String accountId, String action, String reason) {
        if (!List.of("halt", "reduce", "resume").contains(action)) {
            throw new IllegalArgumentException("action: must be halt, reduce or resume, got '" + action + "'");
        }
        return services.post(Service.RISK, "/trading-state/" + encode(accountId) + "/" + action,
                Map.of("reason", reason == null ? "" : reason), TradingState.class);
    }

    /** Cancels every open order and closes every position at the broker, then verifies flat (execution-service). */
    public KillSwitchOutcome closeAll(String confirmation) {
        if (!CLOSE_ALL_CONFIRMATION.equals(confirmation == null ? null : confirmation.strip())) {
            throw new ServiceRefusedException(Service.EXECUTION, 400, "not sent: type " + CLOSE_ALL_CONFIRMATION
                    + " to confirm closing every position at market, got '" + (confirmation == null ? "" : confirmation)
                    + "'");
        }
        return services.post(Service.EXECUTION, "/emergency/close-all?force=true", null, KillSwitchOutcome.class);
    }

    /** Cancels every open order at the broker and verifies none is left (positions stay). */
    public KillSwitchOutcome cancelAll() {
        return services.post(Service.EXECUTION, "/emergency/cancel-all", null, KillSwitchOutcome.class);
    }

    static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
