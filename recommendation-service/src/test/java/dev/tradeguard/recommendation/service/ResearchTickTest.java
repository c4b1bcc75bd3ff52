package dev.tradeguard.recommendation.service;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.recommendation.config.MovableClock;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchStatus;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import dev.tradeguard.recommendation.messaging.AnthropicReplies;
import dev.tradeguard.recommendation.messaging.FakeResearchApis;
import dev.tradeguard.recommendation.repository.ResearchRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The schedule's own tick: with the Clock moved to a trading day's morning, the research runs once, by itself. */
@QuarkusTest
@TestProfile(ResearchTickTest.Ticking.class)
@WithTestResource(FakeResearchApis.class)
class ResearchTickTest {
    static final LocalDate TUESDAY = LocalDate.parse("2032-03-09");

    public static class Ticking implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.research.tick", "100ms");
        }
    }

    @Inject
    ResearchRepository research;

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    /** Read in a transaction of its own: Awaitility polls on a thread without the test's request context. */
    List<ResearchRun> recentRuns() {
        return QuarkusTransaction.requiringNew().call(() -> research.recent(null, 100));
    }

    List<ResearchRun> scheduledOn(LocalDate day) {
        return recentRuns().stream()
                .filter(run -> run.trigger() == ResearchTrigger.SCHEDULE && day.equals(run.marketDate())).toList();
    }

    @Test
    void theTickResearchesEveryStrategyOnceWhenTheClockPassesTheDueTime() {
        FakeResearchApis.server().stubFor(post(urlPathEqualTo("/v1/messages"))
                .willReturn(okJson(AnthropicReplies.finalAnswer("msg_tick", "[]"))));
        // a Saturday first: nothing is due, and a run the wall clock's day may have started at boot ends meanwhile
        MovableClock.set(NyseCalendar.at(TUESDAY.minusDays(3), LocalTime.of(9, 0)));
        await().atMost(Duration.ofSeconds(30)).until(() -> recentRuns().stream()
                .noneMatch(run -> run.status() == ResearchStatus.RUNNING));
        assertEquals(List.of(), scheduledOn(TUESDAY));

        MovableClock.set(NyseCalendar.at(TUESDAY, LocalTime.of(8, 31)));

        await().atMost(Duration.ofSeconds(30)).until(() -> scheduledOn(TUESDAY).stream()
                .filter(run -> run.status() == ResearchStatus.COMPLETED).count() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> scheduledOn(TUESDAY).size() == 2);
        assertEquals(List.of("DEE-BOT", "SHORGAN-BOT"),
                scheduledOn(TUESDAY).stream().map(ResearchRun::strategy).sorted().toList());
    }
}
