package dev.tradeguard.risk.service;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.repository.ApprovalRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Prometheus figures of risk-service: decisions by outcome and reason, pending approvals, and per account the
 * trading state (0 ACTIVE, 1 REDUCING, 2 HALTED), daily P&amp;L and drawdown as fractions beside their limits.
 */
@ApplicationScoped
public class RiskMetrics {
    private final Map<String, AccountGauges> accounts = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @Inject
    ApprovalRepository approvals;

    void register(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        Gauge.builder("tradeguard.risk.approvals.pending", this, RiskMetrics::pendingApprovals)
                .description("approvals waiting for a person").register(registry);
    }

    /** Read on the metrics scrape's thread, where no request context is active. */
    @ActivateRequestContext
    int pendingApprovals() {
        return approvals.countPending();
    }

    public void decision(DecisionOutcome outcome, DenialReason reason) {
        registry.counter("tradeguard.risk.decisions", "outcome", outcome.name(), "reason",
                reason == null ? "none" : reason.name()).increment();
    }

    public void tradingState(String accountId, TradingState state) {
        gauges(accountId).state.set(BigDecimal.valueOf(state.ordinal()));
    }

    public void pnl(String accountId, BigDecimal dailyPnlPct, BigDecimal drawdownPct, BigDecimal dailyLimit,
            BigDecimal drawdownLimit) {
        AccountGauges gauges = gauges(accountId);
        gauges.dailyPnl.set(dailyPnlPct);
        gauges.drawdown.set(drawdownPct);
        gauges.dailyLimit.set(dailyLimit);
        gauges.drawdownLimit.set(drawdownLimit);
    }

    private AccountGauges gauges(String accountId) {
        return accounts.computeIfAbsent(accountId, account -> {
            AccountGauges gauges = new AccountGauges();
            gauge("tradeguard.risk.trading.state", account, gauges.state);
            gauge("tradeguard.risk.daily.pnl.ratio", account, gauges.dailyPnl);
            gauge("tradeguard.risk.drawdown.ratio", account, gauges.drawdown);
            gauge("tradeguard.risk.daily.loss.limit.ratio", account, gauges.dailyLimit);
            gauge("tradeguard.risk.drawdown.limit.ratio", account, gauges.drawdownLimit);
            return gauges;
        });
    }

    private void gauge(String name, String account, AtomicReference<BigDecimal> value) {
        Gauge.builder(name, value, v -> v.get() == null ? Double.NaN : v.get().doubleValue())
                .tag("account", account).register(registry);
    }

    private static final class AccountGauges {
        final AtomicReference<BigDecimal> state = new AtomicReference<>();
        final AtomicReference<BigDecimal> dailyPnl = new AtomicReference<>();
        final AtomicReference<BigDecimal> drawdown = new AtomicReference<>();
        final AtomicReference<BigDecimal> dailyLimit = new AtomicReference<>();
        final AtomicReference<BigDecimal> drawdownLimit = new AtomicReference<>();
    }
}
