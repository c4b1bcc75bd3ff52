package dev.tradeguard.risk.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.MarketClock;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.serde.EventJson;
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
