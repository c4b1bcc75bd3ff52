package dev.tradeguard.recommendation.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.recommendation.config.MovableClock;
import dev.tradeguard.recommendation.TradeFixtures;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImportDirectoryWatcherTest {
    @ConfigProperty(name = "tradeguard.recommendation.import.watch-dir")
    Path inbox;

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    /** Drops a file atomically, after clearing what an earlier build left for the same name under target/. */
    private void drop(String name, String text) throws Exception {
        Files.createDirectories(inbox);
        for (String outcome : new String[] { "done", "failed" }) {
            Files.deleteIfExists(inbox.resolve(outcome).resolve(name));
            Files.deleteIfExists(inbox.resolve(outcome).resolve(name + ".report.json"));
        }
        Path partial = inbox.resolve(name + ".partial");
        Files.writeString(partial, text);
        Files.move(partial, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aFileDroppedIntoTheWatchedDirectoryIsImportedAndMovedToDoneWithItsReport() throws Exception {
        MovableClock.set(Instant.parse("2026-03-12T12:30:00Z"));
        String name = "TODAYS_TRADES_2026-03-12.md";
        drop(name, TradeFixtures.read(name));

        Path done = inbox.resolve("done");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(done.resolve(name + ".report.json")) && Files.exists(done.resolve(name)));
        assertFalse(Files.exists(inbox.resolve(name)));
        String report = Files.readString(done.resolve(name + ".report.json"));
        // DEE-BOT's live section has no live account in the tests: only its paper row and SHORGAN-BOT's live rows
        assertTrue(report.contains("\"created\":4"), report);
        assertTrue(report.contains("no live account is configured for DEE-BOT"), report);
        given().auth().oauth2(TestJwt.token("vic", "viewer")).queryParam("date", "2026-03-12")
                .queryParam("symbol", "XOM").get("/recommendations").then().statusCode(200)
                .body("accountId", containsInAnyOrder("PA-DEE"));
        given().auth().oauth2(TestJwt.token("vic", "viewer")).queryParam("date", "2026-03-12")
                .queryParam("symbol", "TSLA").get("/recommendations").then().statusCode(200)
                .body("accountId", containsInAnyOrder("LIVE-SHORGAN"));
    }

    @Test
    void anUnusableFileIsMovedToFailedWithTheReasons() throws Exception {
        String name = "TODAYS_TRADES_2026-03-09.md";
        drop(name, "# not a trade list\n");
        Path failed = inbox.resolve("failed");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(failed.resolve(name + ".report.json")));
        assertTrue(Files.readString(failed.resolve(name + ".report.json")).contains("no bot section"));
    }
}
