package dev.tradeguard.monitor.service;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.monitor.domain.Metric;
import dev.tradeguard.monitor.domain.PerformanceMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Prometheus gauges for Grafana, tagged {@code account} and {@code strategy} ("ALL" when the gauge covers every
 * strategy of an account, or every account of a strategy). An undefined metric is not exported as NaN: its gauge
 * is simply absent until it has a value.
 */
@ApplicationScoped
public class MonitorGauges {
    public static final String ALL = "ALL";

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicReference<Double>> values = new ConcurrentHashMap<>();

    public void snapshot(AccountSnapshot snapshot) {
        valuation(snapshot.accountId(), snapshot.equity(), snapshot.lastEquity(), snapshot.positions().size());
    }

    /** The account's latest equity, from a snapshot or a position change. */
    public void valuation(String accountId, BigDecimal equity, BigDecimal lastEquity, int openPositions) {
        set("tradeguard.monitor.equity", accountId, ALL, equity);
        if (lastEquity.signum() > 0) {
            set("tradeguard.monitor.daily.pnl.pct", accountId, ALL, equity.subtract(lastEquity)
                    .divide(lastEquity, java.math.MathContext.DECIMAL64).movePointRight(2));
        }
        set("tradeguard.monitor.open.positions", accountId, ALL, BigDecimal.valueOf(openPositions));
    }

    public void metrics(String account, String strategy, PerformanceMetrics metrics) {
        set("tradeguard.monitor.drawdown.pct", account, strategy, percent(metrics.currentDrawdown()));
        set("tradeguard.monitor.win.rate", account, strategy, value(metrics.winRate()));
        set("tradeguard.monitor.sharpe", account, strategy, value(metrics.sharpe()));
    }

    private static BigDecimal value(Metric metric) {
        return metric.defined() ? metric.value() : null;
    }

    private static BigDecimal percent(Metric metric) {
        return metric.defined() ? metric.value().movePointRight(2) : null;
    }

    private void set(String name, String account, String strategy, BigDecimal value) {
        if (value == null) {
            return;
        }
        String key = name + '|' + account + '|' + strategy;
        values.computeIfAbsent(key, ignored -> {
            AtomicReference<Double> holder = new AtomicReference<>();
            Gauge.builder(name, holder, reference -> reference.get() == null ? 0 : reference.get())
                    .tag("account", account).tag("strategy", strategy).strongReference(true).register(registry);
            return holder;
        }).set(value.doubleValue());
    }
}
