package dev.tradeguard.execution.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.execution.domain.Refusal;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.platform.outbox.Outbox;

/** Writes execution-service's events to the outbox, in the caller's transaction. */
@ApplicationScoped
public class ExecutionEvents {
    /**
     * The brokerOrderId of an order update about an order that never reached the broker (OrderUpdate requires one).
     */
    public static final String NOT_SUBMITTED = "not-submitted";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void alert(String accountId, String strategy, String correlationId, AlertType type, Priority priority,
            String subject, String message, Map<String, String> details) {
        Envelope envelope = Envelope.create(accountId, strategy, correlationId, clock);
        Alert alert = Alert.of(envelope, type, subject.length() > 200 ? subject.substring(0, 200) : subject, message,
                details);
        outbox.enqueue(Topics.ALERTS, new Alert(alert.eventId(), alert.schemaVersion(), alert.accountId(),
                alert.strategy(), alert.occurredAt(), alert.correlationId(), type, priority, alert.subject(),
                alert.message(), alert.details()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderUpdate(OrderUpdate update) {
        outbox.enqueue(Topics.FILLS, update);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, TradingEvent event) {
        outbox.enqueue(topic, event);
    }

    /** The REJECTED order update of an order refused before it reached the broker. */
    public OrderUpdate refused(ApprovedOrder order, String clientOrderId, Refusal refusal) {
        Instant now = clock.instant();
        return new OrderUpdate(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, order.accountId(),
                order.strategy(), now, order.correlationId(), order.orderId(), clientOrderId, NOT_SUBMITTED,
                OrderEventType.REJECTED, order.symbol(), order.side(), order.orderType(), refusal.orderStatus(),
                order.quantity(), BigDecimal.ZERO, null, order.limitPrice(), order.stopLoss(), null, null, null, now);
    }

    /** The REJECTED order update of an order the broker refused. */
    public OrderUpdate brokerRejected(ApprovedOrder order, String clientOrderId, String message) {
        Instant now = clock.instant();
        return new OrderUpdate(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, order.accountId(),
                order.strategy(), now, order.correlationId(), order.orderId(), clientOrderId, NOT_SUBMITTED,
                OrderEventType.REJECTED, order.symbol(), order.side(), order.orderType(), "rejected by broker: "
                        + message, order.quantity(), BigDecimal.ZERO, null, order.limitPrice(), order.stopLoss(),
                null, null, null, now);
    }

    public static Side sideOf(String brokerSide, Side approvedSide) {
        if (approvedSide != null) {
            return approvedSide;
        }
        return "sell".equals(brokerSide) ? Side.SELL : "buy".equals(brokerSide) ? Side.BUY : null;
    }

    public static OrderType typeOf(String brokerType) {
        if (brokerType == null) {
            return null;
        }
        try {
            return OrderType.valueOf(brokerType.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
