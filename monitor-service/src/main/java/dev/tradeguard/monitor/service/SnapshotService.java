package dev.tradeguard.monitor.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.domain.Direction;
import dev.tradeguard.monitor.domain.MarketDays;
import dev.tradeguard.monitor.domain.OpenPosition;
import dev.tradeguard.monitor.domain.PositionEpisode;
import dev.tradeguard.monitor.domain.PositionWatch;
import dev.tradeguard.monitor.domain.StoredRecommendation;
import dev.tradeguard.monitor.domain.TradeLedger;
import dev.tradeguard.monitor.domain.TriggeredRule;
import dev.tradeguard.monitor.domain.WatchedPosition;
import dev.tradeguard.monitor.repository.AlertOnceRepository;
import dev.tradeguard.monitor.repository.OrderEventRepository;
import dev.tradeguard.monitor.repository.PositionEpisodeRepository;
import dev.tradeguard.monitor.repository.RecommendationRepository;
import dev.tradeguard.monitor.repository.SnapshotRepository;
import dev.tradeguard.platform.messaging.ProcessedEvents;
import dev.tradeguard.platform.outbox.Outbox;

/**
 * Every account snapshot: keeps the equity curve, follows positions, and runs the position rules. Only the newest
 * snapshot of an account drives position watch, so a late, older snapshot never raises or repeats an alert.
 */
@ApplicationScoped
public class SnapshotService {
    static final String CONSUMER = "monitor-positions";
    private static final Logger LOG = Logger.getLogger(SnapshotService.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    PositionEpisodeRepository episodes;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    OrderEventRepository orderEvents;

    @Inject
    AlertOnceRepository alertOnce;

    @Inject
    Outbox outbox;

    @Inject
    MonitorConfig config;

    @Inject
    MonitorGauges gauges;

    @Transactional
    public void record(AccountSnapshot snapshot) {
        if (!processed.claim(CONSUMER, snapshot.eventId())) {
            return;
        }
        LocalDate day = MarketDays.of(snapshot.occurredAt());
        snapshots.storeClose(snapshot, day, isTradingDay(snapshot, day));
        if (!snapshots.storeLatest(snapshot)) {
            LOG.debugf("Snapshot %s of %s is older than the stored one: curve only", snapshot.eventId(),
                    snapshot.accountId());
            return;
        }
        gauges.snapshot(snapshot);
        watch(snapshot, day);
    }

    /** The market was open at the snapshot, or opens later that same New York day. */
    static boolean isTradingDay(AccountSnapshot snapshot, LocalDate day) {
        AccountSnapshot.MarketClock clock = snapshot.clock();
        return Boolean.TRUE.equals(clock.open()) || day.equals(MarketDays.of(clock.nextOpen()));
    }

    private void watch(AccountSnapshot snapshot, LocalDate day) {
        Map<String, PositionEpisode> open = episodes.open(snapshot.accountId());
        Set<String> held = snapshot.positions().stream().map(PositionSnapshot::symbol).collect(Collectors.toSet());
        open.values().stream().filter(episode -> !held.contains(episode.symbol()))
                .forEach(episode -> episodes.close(episode.id(), snapshot.occurredAt()));
        PositionWatch rules = new PositionWatch(config.positionRules().profitTargetPct(),
                config.positionRules().timeExitDays());
        for (PositionSnapshot position : snapshot.positions()) {
            PositionEpisode episode = episode(snapshot, position, open.get(position.symbol()));
            WatchedPosition watched = new WatchedPosition(snapshot.accountId(), position.symbol(),
                    position.quantity(), position.avgEntryPrice(), position.currentPrice(),
                    position.unrealizedPlPct(), episode.openedAt(), episode.stopLoss(), episode.takeProfit(),
                    episode.recommendationId());
            for (TriggeredRule fired : rules.evaluate(watched, snapshot.occurredAt())) {
                if (alertOnce.claim(snapshot.accountId(), fired.symbol(), fired.rule().name(), day)) {
                    outbox.enqueue(Topics.ALERTS, Alert.of(
                            Envelope.create(snapshot.accountId(), snapshot.strategy(), episode.recommendationId()),
                            fired.rule().alertType(), fired.subject(), fired.message(), fired.details()));
                }
            }
        }
    }

    /**
     * The open episode of the position, opened now if new (or if it flipped sides). Its stop is that of the newest
     * recommendation for the account and symbol opening that side, made before the snapshot.
     */
    private PositionEpisode episode(AccountSnapshot snapshot, PositionSnapshot position, PositionEpisode existing) {
        Direction direction = position.quantity().signum() < 0 ? Direction.SHORT : Direction.LONG;
        if (existing != null && existing.direction() != direction) {
            episodes.close(existing.id(), snapshot.occurredAt());
            existing = null;
        }
        Optional<StoredRecommendation> source = existing != null && existing.stopLoss() != null ? Optional.empty()
                : recommendations.latestWithStop(snapshot.accountId(), position.symbol(),
                        direction == Direction.SHORT, snapshot.occurredAt());
        if (existing != null) {
            if (source.isPresent()) {
                StoredRecommendation found = source.get();
                episodes.attachStop(existing.id(), found.stopLoss(), found.takeProfit(), found.recommendationId());
                return new PositionEpisode(existing.id(), existing.accountId(), existing.symbol(),
                        existing.direction(), existing.openedAt(), found.stopLoss(), found.takeProfit(),
                        found.recommendationId());
            }
            return existing;
        }
        return episodes.open(new PositionEpisode(0, snapshot.accountId(), position.symbol(), direction,
                openedAt(snapshot, position.symbol()), source.map(StoredRecommendation::stopLoss).orElse(null),
                source.map(StoredRecommendation::takeProfit).orElse(null),
                source.map(StoredRecommendation::recommendationId).orElse(null)));
    }

    /** When the ledger's open round trip in the symbol began, if earlier than this first snapshot showing it. */
    private Instant openedAt(AccountSnapshot snapshot, String symbol) {
        List<OpenPosition> open = TradeLedger.of(orderEvents.executions(List.of(snapshot.accountId()),
                snapshot.occurredAt().plusNanos(1))).openPositions();
        return open.stream().filter(position -> position.symbol().equals(symbol)).map(OpenPosition::openedAt)
                .filter(opened -> opened.isBefore(snapshot.occurredAt())).min(Instant::compareTo)
                .orElse(snapshot.occurredAt());
    }
}
