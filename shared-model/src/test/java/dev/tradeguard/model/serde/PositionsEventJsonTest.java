package dev.tradeguard.model.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.model.Fixtures;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.MarketDataStatus;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.model.event.TradingEvent;

class PositionsEventJsonTest {

    @Test
    void everyPositionsEventNamesItsKind() {
        assertTrue(EventJson.toJson(Fixtures.snapshot()).contains("\"kind\":\"ACCOUNT_SNAPSHOT\""));
        assertTrue(EventJson.toJson(Fixtures.positionChanged()).contains("\"kind\":\"POSITION_CHANGED\""));
        assertTrue(EventJson.toJson(Fixtures.staleMarketData()).contains("\"kind\":\"MARKET_DATA_STATUS\""));
    }

    @Test
    void eachKindIsReadBackAsItself() {
        for (PositionsEvent original : new PositionsEvent[] { Fixtures.snapshot(), Fixtures.positionChanged(),
                Fixtures.staleMarketData() }) {
            Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(EventJson.toBytes(original));
            assertTrue(decoded.isOk(), decoded::failure);
            assertEquals(original, decoded.event());
        }
    }

    @Test
    void snapshotCarriesTheKeysIssueDateAsAnIsoDay() {
        AccountSnapshot old = Fixtures.snapshot();
        AccountSnapshot snapshot = new AccountSnapshot(old.eventId(), old.schemaVersion(), old.accountId(),
                old.strategy(), old.occurredAt(), old.correlationId(), old.equity(), old.lastEquity(), old.cash(),
                old.buyingPower(), old.positions(), old.clock(), LocalDate.parse("2026-10-01"));

        assertTrue(EventJson.toJson(snapshot).contains("\"keysIssuedOn\":\"2026-10-01\""), EventJson.toJson(snapshot));
        Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(EventJson.toBytes(snapshot));
        assertTrue(decoded.isOk(), decoded::failure);
        assertEquals(LocalDate.parse("2026-10-01"), ((AccountSnapshot) decoded.event()).keysIssuedOn());
    }

    @Test
    void snapshotOfAProducerOlderThanTheKeysIssueDateIsReadWithoutIt() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.snapshot());
        node.remove("keysIssuedOn");

        Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(Fixtures.bytes(node));

        assertTrue(decoded.isOk(), decoded::failure);
        AccountSnapshot snapshot = (AccountSnapshot) decoded.event();
        assertNull(snapshot.keysIssuedOn());
        assertEquals("PA-DEE", snapshot.accountId());
        assertEquals(1, snapshot.positions().size());
    }

    @Test
    void positionChangeKeepsExactMoney() {
        PositionChanged change = (PositionChanged) EventJson.decodePositionsEvent(
                EventJson.toBytes(Fixtures.positionChanged())).event();
        assertEquals(new BigDecimal("150.10"), change.currentPrice());
        assertEquals(new BigDecimal("99827.50"), change.equity());
    }

    @Test
    void schemaVersionOneRecordWithoutKindIsStillReadAsAccountSnapshot() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.snapshot());
        node.remove("kind");
        node.put("schemaVersion", 1);
        Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(Fixtures.bytes(node));
        assertTrue(decoded.isOk(), decoded::failure);
        assertInstanceOf(AccountSnapshot.class, decoded.event());
    }

    @Test
    void currentSchemaRecordWithoutKindIsRejectedNamingTheField() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.positionChanged());
        node.remove("kind");
        Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(Fixtures.bytes(node));
        assertFalse(decoded.isOk());
        assertTrue(decoded.failure().startsWith("invalid PositionsEvent: kind: is required from schemaVersion 2"),
                decoded.failure());
    }

    @Test
    void unknownKindIsRejectedNamingTheKinds() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.positionChanged());
        node.put("kind", "ORDER_BOOK");
        Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(Fixtures.bytes(node));
        assertFalse(decoded.isOk());
        assertTrue(decoded.failure().contains("cannot read 'ORDER_BOOK' as one of [ACCOUNT_SNAPSHOT, POSITION_CHANGED,"
                + " MARKET_DATA_STATUS]"), decoded.failure());
    }

    @Test
    void positionChangeIsValidatedAsItsKindNamingEveryBadField() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.positionChanged());
        node.put("currentPrice", 0);
        node.remove("equity");
        node.remove("avgEntryPrice");
        String failure = EventJson.decodePositionsEvent(Fixtures.bytes(node)).failure();
        assertTrue(failure.startsWith("invalid PositionChanged: "), failure);
        assertTrue(failure.contains("currentPrice: must be greater than 0 and at most 10000000"), failure);
        assertTrue(failure.contains("equity: is required"), failure);
        assertTrue(failure.contains("avgEntryPrice: is required"), failure);
    }

    @Test
    void closedPositionNeedsNoEntryPrice() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.positionChanged());
        node.put("quantity", 0);
        node.putNull("avgEntryPrice");
        node.put("cause", "FILL");
        Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(Fixtures.bytes(node));
        assertTrue(decoded.isOk(), decoded::failure);
        assertTrue(((PositionChanged) decoded.event()).closed());
    }

    @Test
    void staleStatusMustSayWhy() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.staleMarketData());
        node.remove("reason");
        String failure = EventJson.decodePositionsEvent(Fixtures.bytes(node)).failure();
        assertTrue(failure.contains("reason: is required"), failure);
        MarketDataStatus fresh = new MarketDataStatus(java.util.UUID.randomUUID(),
                TradingEvent.CURRENT_SCHEMA_VERSION, "PA-DEE", null, Fixtures.NOW, null, true, true,
                java.util.List.of(), null, null);
        assertTrue(EventJson.decodePositionsEvent(EventJson.toBytes(fresh)).isOk());
    }

    @Test
    void garbageIsAFailureNotAnException() {
        assertFalse(EventJson.decodePositionsEvent("[1,2]".getBytes()).isOk());
        assertFalse(EventJson.decodePositionsEvent("{not json".getBytes()).isOk());
        assertFalse(EventJson.decodePositionsEvent(new byte[0]).isOk());
        assertFalse(new PositionsEventDeserializer().deserialize("positions", null).isOk());
    }
}
