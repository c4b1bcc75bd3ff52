package dev.tradeguard.monitor.domain;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The worst peak-to-trough decline of an equity curve.
 *
 * @param depth (peak - trough) / peak, a fraction; 0 when equity never fell
 * @param recovery first day equity was back at or above the peak; null if it has not recovered
 * @param durationTradingDays observations from the peak to the recovery, or to the last day when not recovered
 */
@RegisterForReflection
public record Drawdown(Metric depth, LocalDate peak, LocalDate trough, LocalDate recovery,
        Integer durationTradingDays) {
}
