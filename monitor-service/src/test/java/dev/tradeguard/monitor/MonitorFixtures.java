package dev.tradeguard.monitor;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.MarketClock;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.MarketDataStatus;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.model.serde.EventJson;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Valid events of the shapes monitor consumes, and a look into its outbox. */
public final class MonitorFixtures {
    private MonitorFixtures() {
    }

    /** 15:00 New York on {@code day}: the market is open. */
    /**
     * Runs {@code work} in a transaction (and Hibernate session) of its own and returns its result once committed, so
     * a read sees what is committed now: Awaitility polls on a thread without the test's request context, and a
     * session kept across polls would answer from its cache.
     */
    public static <T> T committed(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    public static Instant midday(LocalDate day) {
        return day.atTime(15, 0).atZone(NyseCalendar.NEW_YORK).toInstant();
    }

    public static AccountSnapshot snapshot(String account, Instant at, String equity, String lastEquity,
            List<PositionSnapshot> positions) {
        LocalDate day = NyseCalendar.marketDate(at);
        return new AccountSnapshot(UUID.randomUUID(), 1, account, "DEE-BOT", at, null, new BigDecimal(equity),
                new BigDecimal(lastEquity), new BigDecimal("50000"), new BigDecimal("100000"), positions,
                new MarketClock(true, day.plusDays(1).atTime(9, 30).atZone(NyseCalendar.NEW_YORK).toInstant(),
                        day.atTime(16, 0).atZone(NyseCalendar.NEW_YORK).toInstant(), at));
    }

    public static PositionSnapshot position(String symbol, String quantity, String entry, String current) {
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal avg = new BigDecimal(entry);
        BigDecimal now = new BigDecimal(current);
        BigDecimal pl = now.subtract(avg).multiply(qty);
        BigDecimal pct = now.subtract(avg).divide(avg, java.math.MathContext.DECIMAL64);
        if (qty.signum() < 0) {
            pct = pct.negate();
        }
        return new PositionSnapshot(symbol, qty, avg, now, now.multiply(qty), avg.multiply(qty.abs()), pl, pct);
    }

    /**
     * A market-data tick moving one position of {@code quantity} shares bought at {@code entry} to {@code current},
     * with the account's equity after it; {@code quantity} 0 is a fill that closed it.
     */
    public static PositionChanged change(String account, Instant at, String symbol, String quantity, String entry,
            String current, String equity, String lastEquity) {
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal now = new BigDecimal(current);
        if (qty.signum() == 0) {
            return new PositionChanged(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, account, "DEE-BOT", at,
                    null, PositionChangeCause.FILL, symbol, qty, null, now, at, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(equity), new BigDecimal(lastEquity),
                    new BigDecimal("50000"), new BigDecimal("100000"), 0, true);
        }
        PositionSnapshot moved = position(symbol, quantity, entry, current);
        return new PositionChanged(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, account, "DEE-BOT", at,
                null, PositionChangeCause.TICK, symbol, moved.quantity(), moved.avgEntryPrice(), moved.currentPrice(),
                at, moved.marketValue(), moved.costBasis(), moved.unrealizedPl(), moved.unrealizedPlPct(),
                new BigDecimal(equity), new BigDecimal(lastEquity), new BigDecimal("50000"),
                new BigDecimal("100000"), 1, true);
    }

    /** Prices of the account went stale: the market-data connection dropped. */
    public static MarketDataStatus pricesStale(String account, Instant at) {
        return new MarketDataStatus(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, account, "DEE-BOT", at,
                null, false, false, List.of(), "market-data connection lost", at.minusSeconds(11));
    }

    public static Recommendation recommendation(String account, String id, String symbol, Side side, String entry,
            String stop, String target, Instant at) {
        return new Recommendation(UUID.randomUUID(), 1, account, "DEE-BOT", at, id, symbol, side, null,
                new BigDecimal(entry), stop == null ? null : new BigDecimal(stop),
                target == null ? null : new BigDecimal(target), new BigDecimal("0.7"), "test", null, null, null,
                at.plus(Duration.ofHours(6)));
    }

    public static OrderUpdate fill(String account, String correlationId, String brokerOrderId, String symbol,
            Side side, String quantity, String price, String positionAfter, Instant at) {
        return execution(account, "DEE-BOT", correlationId, brokerOrderId, OrderEventType.FILL, OrderType.LIMIT,
                symbol, side, quantity, quantity, price, positionAfter, at);
    }

    /** One execution of any kind: {@code ordered} shares ordered, {@code quantity} of them filled at {@code price}. */
    public static OrderUpdate execution(String account, String strategy, String correlationId, String brokerOrderId,
            OrderEventType event, OrderType type, String symbol, Side side, String ordered, String quantity,
            String price, String positionAfter, Instant at) {
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal px = new BigDecimal(price);
        return new OrderUpdate(UUID.randomUUID(), 1, account, strategy, at, correlationId, UUID.randomUUID(),
                "tg-" + UUID.nameUUIDFromBytes(brokerOrderId.getBytes()).toString().substring(0, 13), brokerOrderId,
                event, symbol, side, type, event == OrderEventType.FILL ? "filled" : "partially_filled",
                new BigDecimal(ordered), qty, px, type == OrderType.LIMIT ? px : null,
                type == OrderType.STOP ? px : null, qty, px, new BigDecimal(positionAfter), at);
    }

    public static TradingStateChanged halted(String account, Instant at) {
        return new TradingStateChanged(UUID.randomUUID(), 1, account, null, at, null, TradingState.HALTED,
                TradingState.ACTIVE, "kill switch drill", "ops");
    }

    /** The alerts the service queued for the account, in order. */
    public static List<Alert> queuedAlerts(AgroalDataSource dataSource, String account) throws Exception {
        List<Alert> alerts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT payload FROM outbox_event WHERE topic = 'alerts' AND message_key = ? ORDER BY id")) {
            statement.setString(1, account);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    alerts.add(EventJson.mapper().readValue(row.getString(1), Alert.class));
                }
            }
        }
        return alerts;
    }

    /** Any JSON number (integer or decimal) numerically equal to {@code expected}. */
    public static org.hamcrest.Matcher<Object> numberEqualTo(String expected) {
        return new org.hamcrest.CustomMatcher<>("a number equal to " + expected) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number number
                        && new BigDecimal(number.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }

    public static String json(Object event) {
        return EventJson.toJson(event);
    }
}
