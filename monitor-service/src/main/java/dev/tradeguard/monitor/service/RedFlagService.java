package dev.tradeguard.monitor.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.MetricsCalculator;
import dev.tradeguard.monitor.domain.PerformanceMetrics;
import dev.tradeguard.monitor.domain.RedFlags;
import dev.tradeguard.monitor.repository.SnapshotRepository;

/** The guide's red flags, checked once per trading day and account; any flag raises one RED_FLAG alert. */
@ApplicationScoped
public class RedFlagService {
    @Inject
    PerformanceService performance;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    OnceAlerts alerts;

    @Inject
    MonitorConfig config;

    @Inject
    MonitorGauges gauges;

    @Inject
    Clock clock;

    /** The flags of the account on {@code day} (a trading day it has a close for); raises the alert once. */
    @Transactional
    public List<String> evaluate(String accountId, LocalDate day) {
        Scope scope = performance.account(accountId, null);
        List<DailyValue> curve = performance.equityCurve(scope, PerformanceService.EARLIEST, day);
        if (curve.isEmpty() || !curve.get(curve.size() - 1).date().equals(day)) {
            return List.of();
        }
        PerformanceMetrics metrics = performance.metrics(scope, curve.get(0).date(), day);
        gauges.metrics(accountId, MonitorGauges.ALL, metrics);
        List<String> flags = RedFlags.evaluate(metrics, dailyReturn(accountId, day, curve), config.redFlags());
        if (!flags.isEmpty()) {
            alerts.raise(accountId, OnceAlerts.WHOLE_ACCOUNT, AlertType.RED_FLAG.name(), day,
                    () -> redFlag(accountId, day, flags));
        }
        return flags;
    }

    private Alert redFlag(String accountId, LocalDate day, List<String> flags) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("date", day.toString());
        for (int i = 0; i < flags.size(); i++) {
            details.put("flag" + (i + 1), flags.get(i));
        }
        return Alert.of(Envelope.create(accountId, null, null, clock), AlertType.RED_FLAG,
                "RED FLAG: stop trading " + accountId,
                "Stop trading and review before the next session. " + String.join("; ", flags) + ".", details);
    }

    /** Today's close over the broker's previous close (last_equity), else over the curve's previous close. */
    private Optional<BigDecimal> dailyReturnOf(String accountId, LocalDate day, List<DailyValue> curve) {
        BigDecimal close = curve.get(curve.size() - 1).value();
        Optional<BigDecimal> previous = snapshots.lastEquity(accountId, day).filter(value -> value.signum() > 0);
        if (previous.isEmpty() && curve.size() > 1) {
            previous = Optional.of(curve.get(curve.size() - 2).value()).filter(value -> value.signum() > 0);
        }
        return previous.map(base -> close.divide(base, MetricsCalculator.MATH).subtract(BigDecimal.ONE));
    }

    private BigDecimal dailyReturn(String accountId, LocalDate day, List<DailyValue> curve) {
        return dailyReturnOf(accountId, day, curve).orElse(null);
    }
}
