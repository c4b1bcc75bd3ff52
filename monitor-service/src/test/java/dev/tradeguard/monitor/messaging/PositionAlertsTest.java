package dev.tradeguard.monitor.messaging;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static dev.tradeguard.monitor.MonitorFixtures.execution;
import static dev.tradeguard.monitor.MonitorFixtures.json;
import static dev.tradeguard.monitor.MonitorFixtures.queuedAlerts;
import static dev.tradeguard.monitor.MonitorFixtures.recommendation;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.monitor.domain.TradeLedger;
import dev.tradeguard.monitor.service.LedgerService;
import dev.tradeguard.monitor.service.RecommendationService;
import dev.tradeguard.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** POSITION_OPENED and POSITION_CLOSED, raised by monitor from the fills on {@code fills}. */
@QuarkusTest
class PositionAlertsTest {
    private static final Instant ENTRY = Instant.parse("2026-03-02T15:00:00Z");

    @Inject
    LedgerService ledger;

    @Inject
    RecommendationService recommendations;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theFillThatTakesThePositionOffZeroRaisesOnePositionOpenedWithTheRecommendationsStop() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String rec = "rec-" + account;
        recommendations.record(recommendation(account, rec, "JNJ", Side.BUY, "155.50", "150", "170",
                ENTRY.minus(Duration.ofHours(1))));

        send(entry(account, "JNJ", rec, OrderEventType.FILL, "25", "25", "155.48", ENTRY));
        send(entry(account, "JNJ", rec, OrderEventType.FILL, "10", "10", "156", ENTRY.plus(Duration.ofHours(2))));

        List<Alert> opened = alertsAfter(account, 2, AlertType.POSITION_OPENED);
        assertEquals(1, opened.size(), "adding to the position opens nothing: " + opened);
        Alert alert = opened.get(0);
        assertEquals(Priority.INFO, alert.priority());
        assertEquals("DEE-BOT", alert.strategy());
        assertEquals(rec, alert.correlationId());
        assertEquals("Position opened: JNJ LONG 25 @ 155.48", alert.subject());
        assertEquals("JNJ", alert.details().get("symbol"));
        assertEquals("LONG", alert.details().get("side"));
        assertEquals("25", alert.details().get("quantity"));
        assertEquals("155.48", alert.details().get("avgFillPrice"));
        assertEquals("150", alert.details().get("stopLoss"));
        assertEquals("170", alert.details().get("takeProfit"));
        assertEquals(rec, alert.details().get("recommendationId"));
        TestKafka.await(Topics.ALERTS, 1, record -> account.equals(record.key())
                && record.value().contains("\"alertType\":\"POSITION_OPENED\""));
    }

    @Test
    void aRedeliveredOpeningFillRaisesNoSecondPositionOpened() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String opening = json(entry(account, "KO", "rec-" + account, OrderEventType.FILL, "10", "10", "40", ENTRY));
        TestKafka.send(Topics.FILLS, account, opening);
        TestKafka.send(Topics.FILLS, account, opening);
        TestKafka.send(Topics.FILLS, account, opening);

        List<Alert> opened = alertsAfter(account, 1, AlertType.POSITION_OPENED);
        // the redeliveries came before this marker on the account's partition, so they have been consumed
        send(entry(account, "KO", "rec-" + account, OrderEventType.FILL, "1", "1", "41",
                ENTRY.plus(Duration.ofMinutes(1))));
        List<Alert> afterMarker = alertsAfter(account, 2, AlertType.POSITION_OPENED);

        assertEquals(1, opened.size(), opened.toString());
        assertEquals(opened, afterMarker);
    }

    @Test
    void theStopLegClosingThePositionRaisesPositionClosedWithTheRealizedPnl() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String rec = "rec-" + account;
        String quantity = "30";
        String entryPrice = "100.25";
        String stopPrice = "94.87";
        Instant stoppedAt = ENTRY.plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
        send(entry(account, "PG", rec, OrderEventType.FILL, quantity, quantity, entryPrice, ENTRY));
        OrderUpdate stopLeg = execution(account, "DEE-BOT", rec, "stop-" + account, OrderEventType.FILL,
                OrderType.STOP, "PG", Side.SELL, quantity, quantity, stopPrice, "0", stoppedAt);
        send(stopLeg);
        send(stopLeg);   // redelivered

        List<Alert> closed = alertsAfter(account, 2, AlertType.POSITION_CLOSED);
        assertEquals(1, closed.size(), closed.toString());
        Alert alert = closed.get(0);
        BigDecimal shares = new BigDecimal(quantity);
        BigDecimal pnl = new BigDecimal(stopPrice).subtract(new BigDecimal(entryPrice)).multiply(shares);
        BigDecimal pnlPct = pnl.divide(new BigDecimal(entryPrice).multiply(shares), TradeLedger.MATH);
        assertEquals(0, pnl.compareTo(new BigDecimal(alert.details().get("realizedPnl"))),
                "30 × (94.87 − 100.25): " + alert.details());
        assertEquals(0, pnlPct.compareTo(new BigDecimal(alert.details().get("realizedPnlPct"))), alert.details()
                .toString());
        assertEquals("STOP_LOSS", alert.details().get("exitReason"));
        assertEquals(Duration.between(ENTRY, stoppedAt).toString(), alert.details().get("holdingTime"));
        assertEquals("LONG", alert.details().get("side"));
        assertEquals(quantity, alert.details().get("quantity"));
        assertEquals("DEE-BOT", alert.strategy());
        assertEquals(rec, alert.correlationId());
        assertTrue(alert.subject().startsWith("Position closed: PG LONG " + pnl.toPlainString() + " ("),
                alert.subject());
        assertTrue(alert.message().contains("closed by the stop leg") && alert.message().contains("held 1 d 2 h"),
                alert.message());
    }

    @Test
    void theStopLegClosingThePositionRaisesOneStopLossHitBeforeTheClose() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String rec = "rec-" + account;
        send(entry(account, "CL", rec, OrderEventType.FILL, "12", "12", "64.40", ENTRY));
        OrderUpdate stopLeg = execution(account, "DEE-BOT", rec, "stop-" + account, OrderEventType.FILL,
                OrderType.STOP, "CL", Side.SELL, "12", "12", "59.25", "0", ENTRY.plus(Duration.ofHours(3)));
        send(stopLeg);
        send(stopLeg);   // redelivered

        List<Alert> alerts = queuedAlertsAfter(account, 2);
        assertEquals(List.of(AlertType.POSITION_OPENED, AlertType.STOP_LOSS_HIT, AlertType.POSITION_CLOSED),
                types(alerts));
        Alert hit = alerts.get(1);
        assertEquals("Stop loss hit: CL", hit.subject(), "the position watch's subject, so the two collapse");
        assertEquals("59.25", hit.details().get("stopFillPrice"));
        assertEquals(0, new BigDecimal("59.25").subtract(new BigDecimal("64.40")).multiply(new BigDecimal("12"))
                .compareTo(new BigDecimal(hit.details().get("realizedPnl"))), hit.details().toString());
        assertEquals(rec, hit.correlationId());
    }

    @Test
    void theTakeProfitLegClosingThePositionRaisesNoStopLossHit() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String rec = "rec-" + account;
        send(entry(account, "CL", rec, OrderEventType.FILL, "12", "12", "64.40", ENTRY));
        send(execution(account, "DEE-BOT", rec, "tp-" + account, OrderEventType.FILL, OrderType.LIMIT, "CL",
                Side.SELL, "12", "12", "72.10", "0", ENTRY.plus(Duration.ofHours(3))));

        assertEquals(List.of(AlertType.POSITION_OPENED, AlertType.POSITION_CLOSED),
                types(queuedAlertsAfter(account, 2)));
    }

    @Test
    void partialFillsOpenOnTheFirstFillAndCloseWhenTheLastOneBringsThePositionBackToFlat() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String rec = "rec-" + account;
        String[][] entries = {{"40", "50.10"}, {"35", "50.20"}, {"25", "50.30"}};
        String[][] exits = {{"60", "55"}, {"40", "55.10"}};
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal proceeds = BigDecimal.ZERO;
        Instant at = ENTRY;
        for (int i = 0; i < entries.length; i++) {
            OrderEventType event = i < entries.length - 1 ? OrderEventType.PARTIAL_FILL : OrderEventType.FILL;
            send(entry(account, "KO", rec, event, "100", entries[i][0], entries[i][1], at = at.plusSeconds(1)));
            cost = cost.add(new BigDecimal(entries[i][0]).multiply(new BigDecimal(entries[i][1])));
        }
        List<Alert> whileFilling = queuedAlertsAfter(account, 3);
        for (int i = 0; i < exits.length; i++) {
            OrderEventType event = i < exits.length - 1 ? OrderEventType.PARTIAL_FILL : OrderEventType.FILL;
            send(execution(account, "DEE-BOT", rec, "tp-" + account, event, OrderType.LIMIT, "KO", Side.SELL, "100",
                    exits[i][0], exits[i][1], "0", at = at.plus(Duration.ofHours(1))));
            proceeds = proceeds.add(new BigDecimal(exits[i][0]).multiply(new BigDecimal(exits[i][1])));
            if (i < exits.length - 1) {
                assertEquals(List.of(AlertType.POSITION_OPENED), types(queuedAlertsAfter(account, 4 + i)),
                        "a partial exit leaves the position open");
            }
        }

        List<Alert> alerts = queuedAlertsAfter(account, 5);
        assertEquals(List.of(AlertType.POSITION_OPENED), types(whileFilling), "one open, on the first partial fill");
        assertEquals(List.of(AlertType.POSITION_OPENED, AlertType.POSITION_CLOSED), types(alerts));
        Alert opened = alerts.get(0);
        assertEquals("40", opened.details().get("quantity"));
        assertEquals(0, new BigDecimal(entries[0][1]).compareTo(new BigDecimal(opened.details().get("avgFillPrice"))));
        assertEquals("100", opened.details().get("orderQuantity"));
        Alert closed = alerts.get(1);
        assertEquals("100", closed.details().get("quantity"));
        assertEquals(0, proceeds.subtract(cost).compareTo(new BigDecimal(closed.details().get("realizedPnl"))),
                "every share bought was sold: P&L = proceeds − cost; " + closed.details());
        assertEquals("TAKE_PROFIT", closed.details().get("exitReason"));
    }

    /** A fill of the entry order of the account's bracket for {@code rec}. */
    private static OrderUpdate entry(String account, String symbol, String rec, OrderEventType event,
            String ordered, String quantity, String price, Instant at) {
        return execution(account, "DEE-BOT", rec, "entry-" + account, event, OrderType.LIMIT, symbol, Side.BUY,
                ordered, quantity, price, quantity, at);
    }

    private static void send(OrderUpdate update) {
        TestKafka.send(Topics.FILLS, update.accountId(), EventJson.toJson(update));
    }

    /** The account's alerts once the ledger holds {@code events} of its order events. */
    private List<Alert> queuedAlertsAfter(String account, int events) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> committed(() -> ledger.events(account)).size() >= events);
        return queuedAlerts(dataSource, account);
    }

    private List<Alert> alertsAfter(String account, int events, AlertType type) throws Exception {
        return queuedAlertsAfter(account, events).stream().filter(alert -> alert.alertType() == type).toList();
    }

    private static List<AlertType> types(List<Alert> alerts) {
        return alerts.stream().map(Alert::alertType).toList();
    }
}
