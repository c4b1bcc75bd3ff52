package dev.tradeguard.monitor.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.monitor.domain.LedgerFill;
import dev.tradeguard.monitor.domain.PositionChange;
import dev.tradeguard.monitor.domain.RecordedFill;
import dev.tradeguard.monitor.domain.StoredRecommendation;
import dev.tradeguard.monitor.domain.TradeLedger;
import dev.tradeguard.monitor.repository.OrderEventRepository;
import dev.tradeguard.monitor.repository.RecommendationRepository;
import dev.tradeguard.platform.outbox.Outbox;

/**
 * Keeps every order event once, and raises POSITION_OPENED / POSITION_CLOSED when a fill takes the account's position
 * in a symbol off zero or back to it, in the same transaction: a redelivered event is stored already, so it raises
 * nothing again.
 */
@ApplicationScoped
public class LedgerService {
    @Inject
    OrderEventRepository orderEvents;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public void record(OrderUpdate update) {
        boolean isFill = update.event() == OrderEventType.FILL || update.event() == OrderEventType.PARTIAL_FILL;
        if (orderEvents.insert(update) && isFill && update.side() != null) {
            announcePositionChange(update);
        }
    }

    public List<RecordedFill> events(String accountId) {
        return orderEvents.findByAccount(accountId);
    }

    private void announcePositionChange(OrderUpdate fill) {
        orderEvents.lockPosition(fill.accountId(), fill.symbol());
        PositionChange change = PositionChange.of(LedgerFill.of(fill),
                TradeLedger.netted(orderEvents.executions(fill.accountId(), fill.symbol())));
        Optional<StoredRecommendation> source = change.opened() == null || change.opened().correlationId() == null
                ? Optional.empty() : recommendations.find(change.opened().correlationId());
        for (PositionChange.Notice notice : change.notices(fill, source)) {
            outbox.enqueue(Topics.ALERTS, Alert.of(
                    Envelope.create(fill.accountId(), notice.strategy(), notice.recommendationId(), clock),
                    notice.type(), notice.subject(), notice.message(), notice.details()));
        }
    }
}
