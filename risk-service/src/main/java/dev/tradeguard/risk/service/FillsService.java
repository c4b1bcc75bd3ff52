package dev.tradeguard.risk.service;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.platform.messaging.ProcessedEvents;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.ApprovedOrderRepository;
import dev.tradeguard.risk.repository.ClosedTradeRepository;

/**
 * Order events from the broker: they close working orders (so the open-order and concurrency checks see the truth)
 * and, when a position is closed at a loss, feed the consecutive-loss halt.
 */
@ApplicationScoped
public class FillsService {
    private static final Logger LOG = Logger.getLogger(FillsService.class);
    static final String CONSUMER = "risk.fills";

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    ApprovedOrderRepository approvedOrders;

    @Inject
    ClosedTradeRepository closedTrades;

    @Inject
    AccountStateRepository accounts;

    @Inject
    TradingStateService tradingStates;

    @Inject
    LimitsResolver limits;

    @Transactional
    public void process(OrderUpdate update) {
        if (!processedEvents.claim(CONSUMER, update.eventId())) {
            return;
        }
        if (update.orderId() != null && update.event().isTerminal()) {
            approvedOrders.markTerminal(update.orderId());
        }
        if (update.event() == OrderEventType.FILL && (update.side() == Side.SELL || update.side() == Side.BUY_TO_COVER)) {
            recordClose(update);
        }
    }

    private void recordClose(OrderUpdate fill) {
        Position held = accounts.positions(fill.accountId()).get(fill.symbol());
        BigDecimal price = fill.filledAvgPrice() != null ? fill.filledAvgPrice() : fill.fillPrice();
        BigDecimal quantity = fill.filledQuantity() != null ? fill.filledQuantity() : fill.fillQuantity();
        if (held == null || price == null || quantity == null) {
            LOG.warnf("Closing fill %s of %s %s: no known entry price, not counted for the loss streak",
                    fill.eventId(), fill.accountId(), fill.symbol());
            return;
        }
        BigDecimal perShare = fill.side() == Side.SELL ? price.subtract(held.avgEntryPrice())
                : held.avgEntryPrice().subtract(price);
        closedTrades.insert(fill.eventId(), fill.accountId(), fill.symbol(), perShare.multiply(quantity),
                fill.brokerTimestamp());
        Limits account = limits.forAccount(fill.accountId());
        List<BigDecimal> recent = closedTrades.lastPnl(fill.accountId(), account.maxConsecutiveLosses());
        if (recent.size() == account.maxConsecutiveLosses() && recent.stream().allMatch(pnl -> pnl.signum() < 0)) {
            tradingStates.haltAutomatically(fill.accountId(), account.maxConsecutiveLosses()
                    + " consecutive losing trades (limit " + account.maxConsecutiveLosses() + "), the last "
                    + fill.symbol() + " " + perShare.multiply(quantity).toPlainString(), AlertType.RED_FLAG);
        }
    }
}
