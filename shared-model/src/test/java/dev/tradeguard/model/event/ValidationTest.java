package dev.tradeguard.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Fixtures;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.validation.Violation;

class ValidationTest {

    @Test
    void validFixturesHaveNoViolations() {
        assertEquals(List.of(), Fixtures.recommendation().validate());
        assertEquals(List.of(), Fixtures.approvedOrder().validate());
        assertEquals(List.of(), Fixtures.snapshot().validate());
        assertEquals(List.of(), Fixtures.fill().validate());
        assertEquals(List.of(), Fixtures.positionChanged().validate());
    }

    @Test
    void envelopeFieldsAreRequired() {
        TradingStateChanged event = new TradingStateChanged(null, null, " ", null, null, null, TradingState.HALTED,
                TradingState.ACTIVE, "daily loss limit", "risk-service");
        List<String> fields = event.validate().stream().map(Violation::field).toList();
        assertEquals(List.of("eventId", "schemaVersion", "accountId", "occurredAt"), fields);
    }

    @Test
    void confidenceMustBeBetweenZeroAndOne() {
        Recommendation r = Fixtures.recommendation();
        Recommendation tooSure = new Recommendation(r.eventId(), 1, r.accountId(), r.strategy(), r.occurredAt(),
                r.correlationId(), r.symbol(), r.side(), r.quantity(), r.limitPrice(), r.stopLoss(), r.takeProfit(),
                new BigDecimal("1.5"), r.source(), r.rationale(), r.catalyst(), r.catalystDate(), r.validUntil());
        assertEquals(List.of(new Violation("confidence", "must be between 0 and 1 (a fraction, at most 10 decimals),"
                + " got 1.5")), tooSure.validate());
    }

    @Test
    void lowerCaseTickerIsRejectedWithTheValue() {
        Recommendation r = Fixtures.recommendation();
        Recommendation lower = new Recommendation(r.eventId(), 1, r.accountId(), r.strategy(), r.occurredAt(),
                r.correlationId(), "jnj", Side.BUY, null, null, null, null, null, "rest", null, null, null, null);
        assertEquals(List.of(new Violation("symbol", "must be an upper-case ticker like AAPL or BRK.B, got 'jnj'")),
                lower.validate());
    }

    @Test
    void fillsMustCarryQuantityPriceAndPosition() {
        OrderUpdate fill = new OrderUpdate(UUID.randomUUID(), 1, "PA-DEE", "DEE-BOT", Fixtures.NOW, "rec-1", null,
                "tg-1", "b-1", dev.tradeguard.model.OrderEventType.FILL, "JNJ", Side.BUY, null, "filled", null, null,
                null, null, null, null, null, null, Fixtures.NOW);
        assertEquals(List.of("fillQuantity", "fillPrice", "positionQuantity"),
                fill.validate().stream().map(Violation::field).toList());
    }

    @Test
    void alertDefaultsToItsTypesPriorityAndDropsNullDetails() {
        java.util.HashMap<String, String> details = new java.util.HashMap<>();
        details.put("symbol", "JNJ");
        details.put("missing", null);
        Alert alert = Alert.of(Envelope.create("PA-DEE", "DEE-BOT", "rec-1"), AlertType.STOP_LOSS_HIT,
                "Stop loss hit: JNJ", "JNJ traded at 142.90, stop 143.06", details);
        assertEquals(Priority.CRITICAL, alert.priority());
        assertEquals(Map.of("symbol", "JNJ"), alert.details());
        assertTrue(alert.validate().isEmpty());
    }
}
