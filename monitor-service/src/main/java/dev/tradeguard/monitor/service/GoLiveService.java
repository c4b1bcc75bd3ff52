package dev.tradeguard.monitor.service;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.domain.GoLiveEvidence;
import dev.tradeguard.monitor.domain.GoLiveGate;
import dev.tradeguard.monitor.domain.GoLiveReport;
import dev.tradeguard.monitor.repository.AccountKeysRepository;
import dev.tradeguard.monitor.repository.PositionEpisodeRepository;
import dev.tradeguard.monitor.repository.SnapshotRepository;
import dev.tradeguard.monitor.repository.TradingStateRepository;

/** Gathers the evidence of the go-live checklist for one account and judges it. */
@ApplicationScoped
public class GoLiveService {
    @Inject
    PerformanceService performance;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    PositionEpisodeRepository episodes;

    @Inject
    TradingStateRepository tradingStates;

    @Inject
    AccountKeysRepository keys;

    @Inject
    MonitorConfig config;

    public GoLiveReport evaluate(String accountId) {
        LocalDate today = performance.today();
        Optional<LocalDate[]> span = snapshots.closeSpan(accountId);
        LocalDate first = span.map(s -> s[0]).orElse(null);
        LocalDate last = span.map(s -> s[1]).orElse(null);
        Scope scope = performance.account(accountId, null);
        var metrics = performance.metrics(scope, first == null ? today : first, today);
        long[] stops = episodes.stopCoverage(accountId);
        LocalDate lastHalted = tradingStates.lastHalted(accountId).map(NyseCalendar::marketDate).orElse(null);
        return GoLiveGate.evaluate(new GoLiveEvidence(accountId, today, first, last, metrics, stops[0], stops[1],
                lastHalted, keys.issuedOn(accountId).orElse(null)), config.goLive());
    }
}
