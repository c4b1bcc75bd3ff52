package dev.tradeguard.monitor.domain;

import java.time.LocalDate;

/**
 * What the go-live gate judges.
 *
 * @param firstClose the first daily close of the account; null when there is none
 * @param lastClose the newest daily close
 * @param metrics the account's metrics over its whole history
 * @param positionsObserved positions seen in snapshots so far
 * @param positionsWithoutStop of those, how many had no stop loss from a recommendation
 * @param lastHalted the New York day the kill switch last moved the account to HALTED; null if never
 * @param keysIssuedOn the day the account's broker keys were issued, from its newest snapshot; null when unknown
 */
public record GoLiveEvidence(String accountId, LocalDate asOf, LocalDate firstClose, LocalDate lastClose,
        PerformanceMetrics metrics, long positionsObserved, long positionsWithoutStop, LocalDate lastHalted,
        LocalDate keysIssuedOn) {
}
