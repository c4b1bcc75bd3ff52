package dev.tradeguard.risk.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.risk.config.RiskConfig.Defaults;
import dev.tradeguard.risk.config.RiskConfig.Overrides;
import dev.tradeguard.risk.config.RiskConfig.Strategy;
import dev.tradeguard.risk.domain.Limits;

/** Turns {@link RiskConfig} into the {@link Limits} in force: strategy overrides, then account, then defaults. */
@ApplicationScoped
public class LimitsResolver {
    private final RiskConfig config;

    @Inject
    public LimitsResolver(RiskConfig config) {
        this.config = config;
    }

    /** The limits of a configured strategy; empty for an unknown strategy. */
    public Optional<Limits> forStrategy(String strategy) {
        if (strategy == null) {
            return Optional.empty();
        }
        Strategy configured = config.strategies().get(strategy);
        return configured == null ? Optional.empty() : Optional.of(resolve(strategy, configured));
    }

    /**
     * The account-wide limits (daily loss, drawdown, consecutive losses): the account's overrides over the defaults,
     * with the whole account as capital.
     */
    public Limits forAccount(String accountId) {
        return build(null, accountId, BigDecimal.ONE, false, java.util.Arrays.asList(accountOverrides(accountId)));
    }

    /** Every configured strategy's limits, by strategy name. */
    public List<Limits> all() {
        List<Limits> limits = new ArrayList<>();
        config.strategies().forEach((name, strategy) -> limits.add(resolve(name, strategy)));
        limits.sort(Comparator.comparing(Limits::strategy));
        return limits;
    }

    /** The accounts the configured strategies trade. */
    public Set<String> accounts() {
        Set<String> accounts = new TreeSet<>();
        config.strategies().values().forEach(strategy -> accounts.add(strategy.account()));
        return accounts;
    }

    private Limits resolve(String name, Strategy strategy) {
        return build(name, strategy.account(), strategy.capitalAllocationPct(), strategy.longOnly(),
                java.util.Arrays.asList(strategy, accountOverrides(strategy.account())));
    }

    private Overrides accountOverrides(String accountId) {
        return config.accounts().get(accountId);
    }

    private Limits build(String strategy, String account, BigDecimal allocation, boolean longOnly,
            List<Overrides> layers) {
        Defaults d = config.defaults();
        return new Limits(strategy, account, allocation, longOnly,
                pick(layers, Overrides::maxPositionSizePct, d.maxPositionSizePct()),
                pick(layers, Overrides::maxPortfolioRiskPct, d.maxPortfolioRiskPct()),
                pick(layers, Overrides::cashReserveMinPct, d.cashReserveMinPct()),
                pick(layers, Overrides::maxDailyLossPct, d.maxDailyLossPct()),
                pick(layers, Overrides::maxConcurrentPositions, d.maxConcurrentPositions()),
                pick(layers, Overrides::maxPositionsPerDay, d.maxPositionsPerDay()),
                pick(layers, Overrides::requireStopLoss, d.requireStopLoss()),
                pick(layers, Overrides::defaultStopLossPct, d.defaultStopLossPct()),
                pick(layers, Overrides::defaultTakeProfitPct, d.defaultTakeProfitPct()),
                pick(layers, Overrides::requireManualApproval, d.requireManualApproval()),
                pick(layers, Overrides::approvalTimeoutMinutes, d.approvalTimeoutMinutes()),
                pick(layers, Overrides::useLimitOrders, d.useLimitOrders()),
                pick(layers, Overrides::maxSlippagePct, d.maxSlippagePct()),
                pick(layers, Overrides::orderTimeoutMinutes, d.orderTimeoutMinutes()),
                pick(layers, Overrides::automationLevel, d.automationLevel()),
                pick(layers, Overrides::maxConsecutiveLosses, d.maxConsecutiveLosses()),
                pick(layers, Overrides::priceCollarPct, d.priceCollarPct()),
                d.snapshotStaleAfter(),
                pick(layers, Overrides::maxOrdersPerMinute, d.maxOrdersPerMinute()),
                d.highRiskNotionalPct(), d.highRiskConfidenceBelow(), d.patternDayTraderEquity(),
                pick(layers, Overrides::maxSharesPerOrder, d.maxSharesPerOrder()));
    }

    private static <T> T pick(List<Overrides> layers, Function<Overrides, Optional<T>> value, T fallback) {
        for (Overrides layer : layers) {
            if (layer != null) {
                Optional<T> override = value.apply(layer);
                if (override.isPresent()) {
                    return override.get();
                }
            }
        }
        return fallback;
    }
}
