package dev.tradeguard.risk.messaging;

import static dev.tradeguard.risk.RiskFixtures.read;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.DeadLetterHeaders;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.MarketClock;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.RiskFixtures;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.service.AccountStateService;
import dev.tradeguard.testing.DeadLetterContract;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PositionsConsumerTest extends DeadLetterContract {
    @Inject
    AccountStateService accountStates;

    @Inject
    AccountStateRepository repository;

    static AccountSnapshot snapshot(String account, String equity, Instant at, String quantity) {
        return new AccountSnapshot(UUID.randomUUID(), 1, account, null, at, null, new BigDecimal(equity),
                new BigDecimal("99000.00"), new BigDecimal("50000.00"), new BigDecimal("100000.00"),
                List.of(new PositionSnapshot("JNJ", new BigDecimal(quantity), new BigDecimal("155.50"),
                        new BigDecimal("157.00"), null, null, null, null)),
                new MarketClock(true, at.plusSeconds(3600), at.plusSeconds(1800), at));
    }

    @Test
    void snapshotFromKafkaIsStoredAndServedOverRest() {
        String account = "ACC-" + UUID.randomUUID();
        TestKafka.send(Topics.POSITIONS, account,
                EventJson.toJson(snapshot(account, "100250.75", Instant.parse("2026-02-17T15:00:00Z"), "25")));

        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(account).isPresent());
        given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/accounts/{id}", account)
                .then().statusCode(200)
                .body("equity", equalTo(100250.75f))
                .body("positions", equalTo(1));
    }

    @Test
    void anOlderSnapshotArrivingLateDoesNotOverwriteANewerOne() {
        String account = "ACC-" + UUID.randomUUID();
        TestKafka.send(Topics.POSITIONS, account,
                EventJson.toJson(snapshot(account, "200.00", Instant.parse("2026-02-17T16:00:00Z"), "1")));
        TestKafka.send(Topics.POSITIONS, account,
                EventJson.toJson(snapshot(account, "100.00", Instant.parse("2026-02-17T15:00:00Z"), "1")));
        String marker = "ACC-" + UUID.randomUUID();
        TestKafka.send(Topics.POSITIONS, account, EventJson.toJson(
                snapshot(account, "150.00", Instant.parse("2026-02-17T15:30:00Z"), "1")));
        TestKafka.send(Topics.POSITIONS, marker, EventJson.toJson(
                snapshot(marker, "1.00", Instant.parse("2026-02-17T15:30:00Z"), "1")));
        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(marker).isPresent()
                && accountStates.find(account).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(
                () -> accountStates.find(account).orElseThrow().equity().compareTo(new BigDecimal("200.00")) == 0);
    }

    /** A snapshot of 10 JNJ at 151.00 and 20 PG at 152.00, sent. */
    static AccountSnapshot sendJnjAndPg(String account) {
        AccountSnapshot snapshot = RiskFixtures.snapshot(account, "100000.00", "99000.00", "50000.00",
                new PositionSnapshot("JNJ", BigDecimal.TEN, new BigDecimal("150.00"), new BigDecimal("151.00"), null,
                        null, null, null),
                new PositionSnapshot("PG", new BigDecimal("20"), new BigDecimal("150.00"), new BigDecimal("152.00"),
                        null, null, null, null));
        RiskFixtures.send(snapshot);
        return snapshot;
    }

    @Test
    void aPositionChangeUpdatesOnlyItsOwnPositionAndAnOlderChangeIsIgnored() {
        String account = "ACC-" + UUID.randomUUID();
        AccountSnapshot snapshot = sendJnjAndPg(account);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> repository.positions(account)).size() == 2);

        RiskFixtures.send(RiskFixtures.publishedAt(RiskFixtures.change(account, PositionChangeCause.TICK, "PG", "20",
                "100.00", snapshot.occurredAt(), "1.00", "99000.00", 2), snapshot.occurredAt().minusSeconds(60)));
        RiskFixtures.send(RiskFixtures.change(account, PositionChangeCause.TICK, "JNJ", "10", "153.25",
                snapshot.occurredAt().plusSeconds(1), "100022.50", "99000.00", 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> new BigDecimal("153.25")
                .compareTo(read(() -> repository.positions(account)).get("JNJ").currentPrice()) == 0);

        Map<String, Position> positions = read(() -> repository.positions(account));
        assertEquals(0, new BigDecimal("152.00").compareTo(positions.get("PG").currentPrice()),
                "PG untouched by JNJ's change, and its older change ignored");
        assertEquals(0, new BigDecimal("20").compareTo(positions.get("PG").quantity()));
        AccountState state = accountStates.find(account).orElseThrow();
        assertEquals(0, new BigDecimal("100022.50").compareTo(state.equity()), "the account's equity after the change");
        assertEquals(0, new BigDecimal("100022.50").compareTo(state.highWaterMark()));
        assertEquals(2, state.positions());
    }

    @Test
    void aChangeToQuantityZeroRemovesThePosition() {
        String account = "ACC-" + UUID.randomUUID();
        AccountSnapshot snapshot = sendJnjAndPg(account);
        RiskFixtures.send(RiskFixtures.change(account, PositionChangeCause.FILL, "JNJ", "0", "149.00",
                snapshot.occurredAt().plusSeconds(1), "99990.00", "99000.00", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(account).map(s -> s.positions() == 1)
                .orElse(false));
        assertEquals(List.of("PG"), List.copyOf(read(() -> repository.positions(account)).keySet()));
    }

    @Test
    void aPositionsRecordWithoutKindAtSchemaVersionTwoGoesToTheDeadLetterTopic() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(validRecord(account));
        tree.remove("kind");
        tree.put("schemaVersion", 2);
        String kindless = EventJson.mapper().writeValueAsString(tree);
        TestKafka.send(Topics.POSITIONS, account, kindless);
        TestKafka.send(Topics.POSITIONS, account, validRecord(account));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(account));

        var dead = TestKafka.await(Topics.dlq(Topics.POSITIONS), 1, r -> account.equals(r.key()));
        assertEquals(kindless, dead.get(0).value());
        String reason = TestKafka.header(dead.get(0), DeadLetterHeaders.REASON);
        assertTrue(reason.contains("kind: is required from schemaVersion 2 on"), reason);
        Alert alert = EventJson.mapper().readValue(TestKafka.await(Topics.ALERTS, 1,
                r -> account.equals(r.key()) && r.value().contains(AlertType.DLQ_RECORD.name())).get(0).value(),
                Alert.class);
        assertTrue(alert.message().contains("kind"), alert.message());
    }

    @Override
    protected String inputTopic() {
        return Topics.POSITIONS;
    }

    @Override
    protected String validRecord(String accountId) {
        return EventJson.toJson(snapshot(accountId, "100000.00", Instant.parse("2026-02-17T15:00:00Z"), "25"));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return EventJson.toJson(snapshot(accountId, "100000.00", Instant.parse("2026-02-17T15:00:00Z"), "25"))
                .replace("\"currentPrice\":157.00", "\"currentPrice\":-157.00");
    }

    @Override
    protected String fieldNamedInReason() {
        return "positions[0].currentPrice";
    }

    @Override
    protected boolean processed(String accountId) {
        return accountStates.find(accountId).isPresent();
    }
}
