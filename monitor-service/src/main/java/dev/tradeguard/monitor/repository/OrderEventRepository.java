package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.monitor.domain.LedgerFill;
import dev.tradeguard.monitor.domain.MetricsCalculator;
import dev.tradeguard.monitor.domain.OrderExecution;
import dev.tradeguard.monitor.domain.RecordedFill;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class OrderEventRepository implements PanacheRepositoryBase<OrderEventEntity, UUID> {
    private static final List<OrderEventType> EXECUTIONS = List.of(OrderEventType.FILL, OrderEventType.PARTIAL_FILL);
    private static final List<Side> SELLS = List.of(Side.SELL, Side.SELL_SHORT);

    /** Stores the event once; a redelivered event id is ignored. True when the event was new. */
    public boolean insert(OrderUpdate update) {
        // ON CONFLICT DO NOTHING: a redelivery is answered in one statement, without failing the transaction. Native:
        // Hibernate translates an HQL insert to SQL afresh on every execution (it caches plans of selects only).
        return getEntityManager().unwrap(Session.class).createNativeQuery("""
                INSERT INTO order_event (event_id, account_id, strategy, correlation_id, broker_order_id,
                    client_order_id, event_type, symbol, side, fill_quantity, fill_price, position_quantity,
                    broker_timestamp, order_type, order_quantity, filled_quantity, filled_avg_price, limit_price)
                VALUES (:eventId, :accountId, :strategy, :correlationId, :brokerOrderId, :clientOrderId, :eventType,
                    :symbol, :side, :fillQuantity, :fillPrice, :positionQuantity, :brokerTimestamp, :orderType,
                    :orderQuantity, :filledQuantity, :filledAvgPrice, :limitPrice)
                ON CONFLICT DO NOTHING
                """)
                .setParameter("eventId", update.eventId(), UUID.class)
                .setParameter("accountId", update.accountId(), String.class)
                .setParameter("strategy", update.strategy(), String.class)
                .setParameter("correlationId", update.correlationId(), String.class)
                .setParameter("brokerOrderId", update.brokerOrderId(), String.class)
                .setParameter("clientOrderId", update.clientOrderId(), String.class)
                .setParameter("eventType", update.event() == null ? null : update.event().name(), String.class)
                .setParameter("symbol", update.symbol(), String.class)
                .setParameter("side", update.side() == null ? null : update.side().name(), String.class)
                .setParameter("fillQuantity", update.fillQuantity(), BigDecimal.class)
                .setParameter("fillPrice", update.fillPrice(), BigDecimal.class)
                .setParameter("positionQuantity", update.positionQuantity(), BigDecimal.class)
                .setParameter("brokerTimestamp", update.brokerTimestamp(), Instant.class)
                .setParameter("orderType", update.orderType() == null ? null : update.orderType().name(), String.class)
                .setParameter("orderQuantity", update.quantity(), BigDecimal.class)
                .setParameter("filledQuantity", update.filledQuantity(), BigDecimal.class)
                .setParameter("filledAvgPrice", update.filledAvgPrice(), BigDecimal.class)
                .setParameter("limitPrice", update.limitPrice(), BigDecimal.class)
                .executeUpdate() == 1;
    }

    /** The account's events in broker time order. */
    public List<RecordedFill> findByAccount(String accountId) {
        return find("accountId = :accountId order by brokerTimestamp, receivedAt",
                Parameters.with("accountId", accountId))
                .stream().map(OrderEventEntity::toRecordedFill).toList();
    }

    /** Every execution (fill or partial fill) of the accounts, up to {@code until}, in broker time order. */
    public List<LedgerFill> executions(List<String> accountIds, Instant until) {
        return executions("accountId in :accounts and brokerTimestamp < :until",
                Parameters.with("accounts", accountIds).and("until", until));
    }

    /** Every execution of the account in {@code symbol} with a side, in broker time order. */
    public List<LedgerFill> executions(String accountId, String symbol) {
        return executions("accountId = :accountId and symbol = :symbol and side is not null",
                Parameters.with("accountId", accountId).and("symbol", symbol));
    }

    private List<LedgerFill> executions(String where, Parameters parameters) {
        return find("eventType in :executions and " + where + " order by brokerTimestamp, receivedAt",
                parameters.and("executions", EXECUTIONS))
                .stream().map(OrderEventEntity::toLedgerFill).toList();
    }

    /**
     * Makes the caller's transaction the only one, until it ends, that works on the account's position in
     * {@code symbol}: a second one waits here, and then sees the first one's fills.
     */
    public void lockPosition(String accountId, String symbol) {
        // Native: a transaction-scoped advisory lock on the position, which has no row of its own to lock.
        getEntityManager().createNativeQuery(
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:account), hashtext(:symbol))) AS locked")
                .setParameter("account", accountId)
                .setParameter("symbol", symbol)
                .getSingleResult();
    }

    /**
     * How each broker order of the accounts placed in [from, until) went: its newest event gives the filled quantity
     * and average price, any terminal event marks it finished. The recommended entry is the limit price of the
     * recommendation the order descends from, for the order that enters in the recommended direction only.
     */
    public List<OrderExecution> orders(List<String> accountIds, String strategy, Instant from, Instant until) {
        List<Object[]> rows = getEntityManager().createQuery("""
                select e, r.limitPrice
                from OrderEventEntity e left join RecommendationEntity r on r.recommendationId = e.correlationId
                    and (r.side = e.side or (r.side in :sells and e.side in :sells))
                where e.accountId in :accounts and (:strategy is null or e.strategy = :strategy)
                  and e.brokerOrderId in (select o.brokerOrderId from OrderEventEntity o
                        where o.accountId in :accounts group by o.brokerOrderId
                        having min(o.brokerTimestamp) >= :from and min(o.brokerTimestamp) < :until)
                order by e.brokerTimestamp, e.receivedAt
                """, Object[].class)
                .setParameter("sells", SELLS)
                .setParameter("accounts", accountIds)
                .setParameter("strategy", strategy)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
        Map<String, OrderState> orders = new LinkedHashMap<>();
        for (Object[] row : rows) {
            OrderEventEntity event = (OrderEventEntity) row[0];
            orders.computeIfAbsent(event.brokerOrderId, OrderState::new).apply(event, (BigDecimal) row[1]);
        }
        return orders.values().stream().map(OrderState::execution).toList();
    }

    /** The accounts with executions for {@code strategy}. */
    public List<String> accountsTrading(String strategy) {
        return getEntityManager().createQuery(
                "select distinct accountId from OrderEventEntity where strategy = :strategy order by accountId",
                String.class)
                .setParameter("strategy", strategy)
                .getResultList();
    }

    private static final class OrderState {
        final String brokerOrderId;
        Side side;
        BigDecimal ordered;
        BigDecimal filled = BigDecimal.ZERO;
        BigDecimal filledValue = BigDecimal.ZERO;
        BigDecimal limit;
        BigDecimal recommended;
        boolean terminal;

        OrderState(String brokerOrderId) {
            this.brokerOrderId = brokerOrderId;
        }

        void apply(OrderEventEntity event, BigDecimal recommendedEntry) {
            if (event.side != null) {
                side = event.side;
            }
            ordered = firstNonNull(event.orderQuantity, ordered);
            limit = firstNonNull(event.limitPrice, limit);
            recommended = firstNonNull(recommendedEntry, recommended);
            if (event.fillQuantity != null && event.fillPrice != null) {
                filled = filled.add(event.fillQuantity);
                filledValue = filledValue.add(event.fillQuantity.multiply(event.fillPrice));
            }
            terminal |= event.eventType.isTerminal();
        }

        OrderExecution execution() {
            BigDecimal average = filled.signum() > 0 ? filledValue.divide(filled, MetricsCalculator.MATH) : null;
            return new OrderExecution(brokerOrderId, side, ordered, filled, average, limit, recommended, terminal);
        }

        private static BigDecimal firstNonNull(BigDecimal value, BigDecimal fallback) {
            return value != null ? value : fallback;
        }
    }
}
