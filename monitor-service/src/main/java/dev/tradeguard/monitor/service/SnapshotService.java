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

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.domain.Direction;
import dev.tradeguard.monitor.domain.OpenPosition;
import dev.tradeguard.monitor.domain.PositionEpisode;
import dev.tradeguard.monitor.domain.PositionWatch;
import dev.tradeguard.monitor.domain.StoredRecommendation;
import dev.tradeguard.monitor.domain.TradeLedger;
import dev.tradeguard.monitor.domain.TriggeredRule;
import dev.tradeguard.monitor.domain.WatchedPosition;
import dev.tradeguard.monitor.repository.OrderEventRepository;
import dev.tradeguard.monitor.repository.PositionEpisodeRepository;
import dev.tradeguard.monitor.repository.RecommendationRepository;
import dev.tradeguard.monitor.repository.SnapshotRepository;
import dev.tradeguard.platform.messaging.ProcessedEvents;

/**
 * The {@code positions} topic: account snapshots keep the equity curve and replace what monitor holds of the account;
 * position changes move one position and the account's equity. Either runs the position rules on what it moved, and
 * only on what is newer than what is stored, so a late, older event never raises or repeats an alert.
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
    OnceAlerts alerts;

    @Inject
    MonitorConfig config;

    @Inject
    MonitorGauges gauges;

    @Transactional
    public void record(AccountSnapshot snapshot) {
        if (!processed.claim(CONSUMER, snapshot.eventId())) {
            return;
        }
        LocalDate day = NyseCalendar.marketDate(snapshot.occurredAt());
        snapshots.storeClose(snapshot.accountId(), snapshot.strategy(), snapshot.equity(), snapshot.lastEquity(),
                snapshot.cash(), snapshot.occurredAt(), day, isTradingDay(snapshot, day));
        snapshots.storeIntraday(snapshot.accountId(), snapshot.occurredAt(), day, snapshot.equity());
        Optional<Set<String>> setByNewerChanges = snapshots.storeLatest(snapshot);
        if (setByNewerChanges.isEmpty()) {
            LOG.debugf("Snapshot %s of %s is older than the stored one: curve only", snapshot.eventId(),
                    snapshot.accountId());
            return;
        }
        if (setByNewerChanges.get().isEmpty()) {
            gauges.snapshot(snapshot);   // else a newer change has set them already
        }
        watch(snapshot, day, setByNewerChanges.get());
    }

    /**
     * One position moved: only its row, the account's equity and its own rules, so the warning path costs a few
     * statements whatever the size of the account. The day's close follows the latest equity, so today's report and
     * curve do not wait for the next snapshot.
     */
    @Transactional
    public void record(PositionChanged change) {
        if (!processed.claim(CONSUMER, change.eventId())) {
            return;
        }
        LocalDate day = NyseCalendar.marketDate(change.occurredAt());
        snapshots.storeClose(change.accountId(), change.strategy(), change.equity(), change.lastEquity(),
                change.cash(), change.occurredAt(), day, Boolean.TRUE.equals(change.marketOpen()));
        snapshots.storeIntraday(change.accountId(), change.occurredAt(), day, change.equity());
        if (snapshots.storeValuation(change)) {
            gauges.valuation(change.accountId(), change.equity(), change.lastEquity(), change.openPositions());
        }
        PositionSnapshot position = new PositionSnapshot(change.symbol(), change.quantity(), change.avgEntryPrice(),
                change.currentPrice(), change.marketValue(), change.costBasis(), change.unrealizedPl(),
                change.unrealizedPlPct());
        if (!snapshots.storePosition(change.accountId(), position, change.occurredAt())) {
            LOG.debugf("Change %s of %s %s is older than the stored position: ignored", change.eventId(),
                    change.accountId(), change.symbol());
            return;
        }
        Optional<PositionEpisode> open = episodes.open(change.accountId(), change.symbol());
        if (change.closed()) {
            open.ifPresent(episode -> episodes.close(episode.id(), change.occurredAt()));
            return;
        }
        watch(change.accountId(), change.strategy(), position, open.orElse(null), change.occurredAt(),
                change.priceAt(), day, rules());
    }

    private static Instant brokerTime(AccountSnapshot snapshot) {
        return snapshot.clock().timestamp() != null ? snapshot.clock().timestamp() : snapshot.occurredAt();
    }

    /** The market was open at the snapshot, or opens later that same New York day. */
    static boolean isTradingDay(AccountSnapshot snapshot, LocalDate day) {
        AccountSnapshot.MarketClock clock = snapshot.clock();
        return Boolean.TRUE.equals(clock.open()) || day.equals(NyseCalendar.marketDate(clock.nextOpen()));
    }

    /** The snapshot's positions, except those a newer change already moved (that change ran their rules). */
    private void watch(AccountSnapshot snapshot, LocalDate day, Set<String> setByNewerChanges) {
        Map<String, PositionEpisode> open = episodes.open(snapshot.accountId());
        Set<String> held = snapshot.positions().stream().map(PositionSnapshot::symbol).collect(Collectors.toSet());
        open.values().stream().filter(episode -> !held.contains(episode.symbol())
                && !setByNewerChanges.contains(episode.symbol()))
                .forEach(episode -> episodes.close(episode.id(), snapshot.occurredAt()));
        PositionWatch rules = rules();
        for (PositionSnapshot position : snapshot.positions()) {
            if (!setByNewerChanges.contains(position.symbol())) {
                watch(snapshot.accountId(), snapshot.strategy(), position, open.get(position.symbol()),
                        snapshot.occurredAt(), brokerTime(snapshot), day, rules);
            }
        }
    }

    private PositionWatch rules() {
        return new PositionWatch(config.positionRules().profitTargetPct(), config.positionRules().timeExitDays());
    }

    /**
     * Each rule the position breaks raises its alert once per rule, position and New York day (alert_once). The rules
     * run at {@code brokerNow}, the broker's time of the valuation, because the position's opening time is its fill's,
     * also the broker's: a simulator replaying another day must not make every position look years old. The alert
     * happened then too, so that is its {@code occurredAt}.
     */
    private void watch(String accountId, String strategy, PositionSnapshot position, PositionEpisode existing,
            Instant at, Instant brokerNow, LocalDate day, PositionWatch rules) {
        PositionEpisode episode = episode(accountId, position, existing, at);
        WatchedPosition watched = new WatchedPosition(accountId, position.symbol(), position.quantity(),
                position.avgEntryPrice(), position.currentPrice(), position.unrealizedPlPct(), episode.openedAt(),
                episode.stopLoss(), episode.takeProfit(), episode.recommendationId());
        for (TriggeredRule fired : rules.evaluate(watched, brokerNow)) {
            alerts.raise(accountId, fired.symbol(), fired.rule().name(), day, () -> Alert.of(Envelope.at(accountId,
                    strategy, episode.recommendationId(), brokerNow), fired.rule().alertType(), fired.subject(),
                    fired.message(), fired.details()));
        }
    }

    /**
     * The open episode of the position, opened now if new (or if it flipped sides). Its stop is that of the newest
     * recommendation for the account and symbol opening that side, made before {@code at}.
     */
    private PositionEpisode episode(String accountId, PositionSnapshot position, PositionEpisode existing,
            Instant at) {
        Direction direction = position.quantity().signum() < 0 ? Direction.SHORT : Direction.LONG;
        if (existing != null && existing.direction() != direction) {
            episodes.close(existing.id(), at);
            existing = null;
        }
        Optional<StoredRecommendation> source = existing != null && existing.stopLoss() != null ? Optional.empty()
                : recommendations.latestWithStop(accountId, position.symbol(), direction == Direction.SHORT, at);
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
        return episodes.open(new PositionEpisode(0, accountId, position.symbol(), direction,
                openedAt(accountId, position.symbol(), at), source.map(StoredRecommendation::stopLoss).orElse(null),
                source.map(StoredRecommendation::takeProfit).orElse(null),
                source.map(StoredRecommendation::recommendationId).orElse(null)));
    }

    /** When the ledger's open round trip in the symbol began, if earlier than this first event showing it. */
    private Instant openedAt(String accountId, String symbol, Instant at) {
        List<OpenPosition> open = TradeLedger.of(orderEvents.executions(List.of(accountId), at.plusNanos(1)))
                .openPositions();
        return open.stream().filter(position -> position.symbol().equals(symbol)).map(OpenPosition::openedAt)
                .filter(opened -> opened.isBefore(at)).min(Instant::compareTo).orElse(at);
    }
}
