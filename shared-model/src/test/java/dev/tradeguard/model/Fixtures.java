package dev.tradeguard.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.MarketDataStatus;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid events to start tests from. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-02-17T14:35:00Z");

    private Fixtures() {
    }

    public static Recommendation recommendation() {
        return new Recommendation(UUID.fromString("00000000-0000-0000-0000-000000000001"), 1, "PA-DEE", "DEE-BOT",
                NOW, "rec-1", "JNJ", Side.BUY, new BigDecimal("25"), new BigDecimal("155.50"),
                new BigDecimal("143.06"), new BigDecimal("171.05"), new BigDecimal("0.85"), "claude-research",
                "Defensive healthcare, dividend aristocrat", "Q4 earnings", LocalDate.parse("2026-02-20"),
                NOW.plusSeconds(6 * 3600));
    }

    public static ApprovedOrder approvedOrder() {
        return new ApprovedOrder(UUID.randomUUID(), 1, "PA-DEE", "DEE-BOT", NOW, "rec-1", UUID.randomUUID(), "JNJ",
                Side.BUY, new BigDecimal("25"), OrderType.LIMIT, OrderClass.BRACKET, TimeInForce.DAY,
                new BigDecimal("155.50"), new BigDecimal("143.06"), new BigDecimal("171.05"), false,
                NOW.plusSeconds(1800), "alice");
    }

    public static OrderUpdate fill() {
        return new OrderUpdate(UUID.randomUUID(), 1, "PA-DEE", "DEE-BOT", NOW, "rec-1", UUID.randomUUID(), "tg-1",
                "b-1", OrderEventType.FILL, "JNJ", Side.BUY, OrderType.LIMIT, "filled", new BigDecimal("25"),
                new BigDecimal("25"), new BigDecimal("155.48"), new BigDecimal("155.50"), null, new BigDecimal("25"),
                new BigDecimal("155.48"), new BigDecimal("25"), NOW.minusMillis(120));
    }

    public static PositionChanged positionChanged() {
        return new PositionChanged(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, "PA-DEE", null, NOW, null,
                PositionChanged.PositionChangeCause.TICK, "JNJ", new BigDecimal("25"), new BigDecimal("155.50"),
                new BigDecimal("150.10"), NOW.minusMillis(3), new BigDecimal("3752.50"), new BigDecimal("3887.50"),
                new BigDecimal("-135.00"), new BigDecimal("-0.0347"), new BigDecimal("99827.50"),
                new BigDecimal("99500.00"), new BigDecimal("60000.00"), new BigDecimal("120000.00"), 1, true);
    }

    public static MarketDataStatus staleMarketData() {
        return new MarketDataStatus(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, "PA-DEE", null, NOW, null,
                false, true, List.of("JNJ"), "no market data for JNJ since 2026-02-17T14:34:45Z (window 10s)",
                NOW.minusSeconds(15));
    }

    public static AccountSnapshot snapshot() {
        return new AccountSnapshot(UUID.randomUUID(), 1, "PA-DEE", null, NOW, null, new BigDecimal("100000.00"),
                new BigDecimal("99500.00"), new BigDecimal("60000.00"), new BigDecimal("120000.00"),
                List.of(new AccountSnapshot.PositionSnapshot("JNJ", new BigDecimal("25"), new BigDecimal("155.50"),
                        new BigDecimal("157.00"), new BigDecimal("3925.00"), new BigDecimal("3887.50"),
                        new BigDecimal("37.50"), new BigDecimal("0.0096"))),
                new AccountSnapshot.MarketClock(true, Instant.parse("2026-02-18T14:30:00Z"),
                        Instant.parse("2026-02-17T21:00:00Z"), NOW));
    }

    /** An event as an editable JSON tree, to break one field of a valid event. */
    public static ObjectNode tree(Object event) {
        try {
            return (ObjectNode) EventJson.mapper().readTree(EventJson.toBytes(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of an edited tree, as a consumer would receive them. */
    public static byte[] bytes(ObjectNode tree) {
        try {
            return EventJson.mapper().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
