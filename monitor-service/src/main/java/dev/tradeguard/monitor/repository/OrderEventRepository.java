package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.repository.Jdbc.decimal;
import static dev.tradeguard.monitor.repository.Jdbc.failure;
import static dev.tradeguard.monitor.repository.Jdbc.instant;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.monitor.domain.LedgerFill;
import dev.tradeguard.monitor.domain.OrderExecution;
import dev.tradeguard.monitor.domain.RecordedFill;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class OrderEventRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Stores the event once; a redelivered event id is ignored. True when the event was new. */
    public boolean insert(OrderUpdate update) {
        String sql = """
                INSERT INTO order_event (event_id, account_id, strategy, correlation_id, broker_order_id,
                    client_order_id, event_type, symbol, side, fill_quantity, fill_price, position_quantity,
                    broker_timestamp, order_type, order_quantity, filled_quantity, filled_avg_price, limit_price)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, update.eventId());
            statement.setString(2, update.accountId());
            statement.setString(3, update.strategy());
            statement.setString(4, update.correlationId());
            statement.setString(5, update.brokerOrderId());
            statement.setString(6, update.clientOrderId());
            statement.setString(7, update.event().name());
            statement.setString(8, update.symbol());
            statement.setString(9, update.side() == null ? null : update.side().name());
            statement.setBigDecimal(10, update.fillQuantity());
            statement.setBigDecimal(11, update.fillPrice());
            statement.setBigDecimal(12, update.positionQuantity());
            statement.setTimestamp(13, Timestamp.from(update.brokerTimestamp()));
            statement.setString(14, update.orderType() == null ? null : update.orderType().name());
            statement.setBigDecimal(15, update.quantity());
            statement.setBigDecimal(16, update.filledQuantity());
            statement.setBigDecimal(17, update.filledAvgPrice());
            statement.setBigDecimal(18, update.limitPrice());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store order event " + update.eventId(), e);
        }
    }

    /** The account's events in broker time order. */
    public List<RecordedFill> findByAccount(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM order_event WHERE account_id = ? ORDER BY broker_timestamp, received_at")) {
            statement.setString(1, accountId);
            List<RecordedFill> fills = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String side = row.getString("side");
                    fills.add(new RecordedFill(row.getString("account_id"), row.getString("strategy"),
                            row.getString("broker_order_id"), OrderEventType.valueOf(row.getString("event_type")),
                            row.getString("symbol"), side == null ? null : Side.valueOf(side),
                            row.getBigDecimal("fill_quantity"), row.getBigDecimal("fill_price"),
                            row.getBigDecimal("position_quantity"), row.getTimestamp("broker_timestamp").toInstant()));
                }
            }
            return fills;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read order events of " + accountId, e);
        }
    }

    /** Every execution (fill or partial fill) of the accounts, up to {@code until}, in broker time order. */
    public List<LedgerFill> executions(List<String> accountIds, Instant until) {
        return executions("account_id = ANY (?) AND broker_timestamp < ?", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("varchar", accountIds.toArray()));
            statement.setTimestamp(2, Timestamp.from(until));
        }, "read executions of " + accountIds);
    }

    /** Every execution of the account in {@code symbol} with a side, in broker time order. */
    public List<LedgerFill> executions(String accountId, String symbol) {
        return executions("account_id = ? AND symbol = ? AND side IS NOT NULL", statement -> {
            statement.setString(1, accountId);
            statement.setString(2, symbol);
        }, "read executions of " + accountId + " in " + symbol);
    }

    /**
     * Makes the caller's transaction the only one, until it ends, that works on the account's position in
     * {@code symbol}: a second one waits here, and then sees the first one's fills.
     */
    public void lockPosition(String accountId, String symbol) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")) {
            statement.setString(1, accountId);
            statement.setString(2, symbol);
            statement.execute();
        } catch (SQLException e) {
            throw failure("lock the position of " + accountId + " in " + symbol, e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<LedgerFill> executions(String where, Binder binder, String what) {
        String sql = """
                SELECT account_id, strategy, symbol, side, fill_quantity, fill_price, broker_timestamp, correlation_id
                FROM order_event
                WHERE event_type IN ('FILL', 'PARTIAL_FILL') AND %s
                ORDER BY broker_timestamp, received_at
                """.formatted(where);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<LedgerFill> fills = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    fills.add(new LedgerFill(row.getString("account_id"), row.getString("strategy"),
                            row.getString("symbol"), Side.valueOf(row.getString("side")),
                            decimal(row, "fill_quantity"), decimal(row, "fill_price"),
                            instant(row, "broker_timestamp"), row.getString("correlation_id")));
                }
            }
            return fills;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * How each broker order of the accounts placed in [from, until) went: its newest event gives the filled quantity
     * and average price, any terminal event marks it finished. The recommended entry is the limit price of the
     * recommendation the order descends from, for the order that enters in the recommended direction only.
     */
    public List<OrderExecution> orders(List<String> accountIds, String strategy, Instant from, Instant until) {
        String sql = """
                SELECT e.broker_order_id, e.side, e.order_quantity, e.filled_quantity, e.filled_avg_price,
                       e.fill_quantity, e.fill_price, e.limit_price, e.event_type, r.limit_price AS recommended_entry
                FROM order_event e LEFT JOIN recommendation r ON r.recommendation_id = e.correlation_id
                    AND (r.side = e.side OR (r.side IN ('SELL', 'SELL_SHORT') AND e.side IN ('SELL', 'SELL_SHORT')))
                WHERE e.account_id = ANY (?) AND (CAST(? AS VARCHAR) IS NULL OR e.strategy = ?)
                  AND e.broker_order_id IN (SELECT broker_order_id FROM order_event
                        WHERE account_id = ANY (?) GROUP BY broker_order_id
                        HAVING MIN(broker_timestamp) >= ? AND MIN(broker_timestamp) < ?)
                ORDER BY e.broker_timestamp, e.received_at
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            java.sql.Array accounts = connection.createArrayOf("varchar", accountIds.toArray());
            statement.setArray(1, accounts);
            statement.setString(2, strategy);
            statement.setString(3, strategy);
            statement.setArray(4, accounts);
            statement.setTimestamp(5, Timestamp.from(from));
            statement.setTimestamp(6, Timestamp.from(until));
            Map<String, OrderState> orders = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    OrderState order = orders.computeIfAbsent(row.getString("broker_order_id"), OrderState::new);
                    order.apply(row);
                }
            }
            return orders.values().stream().map(OrderState::execution).toList();
        } catch (SQLException e) {
            throw failure("read orders of " + accountIds, e);
        }
    }

    /** The accounts with executions for {@code strategy}. */
    public List<String> accountsTrading(String strategy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT DISTINCT account_id FROM order_event WHERE strategy = ? ORDER BY account_id")) {
            statement.setString(1, strategy);
            List<String> accounts = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    accounts.add(row.getString(1));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw failure("read the accounts of " + strategy, e);
        }
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

        void apply(ResultSet row) throws SQLException {
            if (row.getString("side") != null) {
                side = Side.valueOf(row.getString("side"));
            }
            ordered = firstNonNull(decimal(row, "order_quantity"), ordered);
            limit = firstNonNull(decimal(row, "limit_price"), limit);
            recommended = firstNonNull(decimal(row, "recommended_entry"), recommended);
            BigDecimal quantity = decimal(row, "fill_quantity");
            BigDecimal price = decimal(row, "fill_price");
            if (quantity != null && price != null) {
                filled = filled.add(quantity);
                filledValue = filledValue.add(quantity.multiply(price));
            }
            terminal |= OrderEventType.valueOf(row.getString("event_type")).isTerminal();
        }

        OrderExecution execution() {
            BigDecimal average = filled.signum() > 0
                    ? filledValue.divide(filled, dev.tradeguard.monitor.domain.MetricsCalculator.MATH) : null;
            return new OrderExecution(brokerOrderId, side, ordered, filled, average, limit, recommended, terminal);
        }

        private static BigDecimal firstNonNull(BigDecimal value, BigDecimal fallback) {
            return value != null ? value : fallback;
        }
    }
}
