package dev.tradeguard.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.recommendation.config.MovableClock;
import dev.tradeguard.recommendation.service.ResearchAvailability;
import dev.tradeguard.recommendation.service.ResearchScheduler;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;

/** Without API keys (the default test configuration) the service starts and the generator stays off. */
@QuarkusTest
class ResearchDisabledTest {
    @Inject
    ResearchAvailability availability;

    @Inject
    ResearchScheduler scheduler;

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void withoutApiKeysTheGeneratorIsDisabledAndSaysWhichSettingsAreMissing() {
        String reason = availability.disabledReason().orElseThrow();
        assertTrue(reason.contains("ANTHROPIC_API_KEY"), reason);
        assertTrue(reason.contains("FINANCIAL_DATASETS_API_KEY"), reason);
    }

    @Test
    void anOnDemandRunIsAnswered503WithTheReason() {
        given().auth().oauth2(TestJwt.token("ada", "admin")).queryParam("strategy", "DEE-BOT")
                .post("/research/run").then().statusCode(503)
                .body("error", containsString("disabled"))
                .body("error", containsString("ANTHROPIC_API_KEY"));
    }

    /** Issue 23, finding 4: an unknown strategy was answered 503 (disabled) where the API promises 400. */
    @Test
    void anUnknownStrategyIsA400NamingItEvenWhileTheGeneratorIsDisabled() {
        given().auth().oauth2(TestJwt.token("ada", "admin")).queryParam("strategy", "nope")
                .post("/research/run").then().statusCode(400)
                .body("violations[0].field", equalTo("strategy"))
                .body("violations[0].message", containsString("'nope' is not researched"));
        given().auth().oauth2(TestJwt.token("ada", "admin")).post("/research/run").then().statusCode(400)
                .body("violations[0].field", equalTo("strategy"));
    }

    @Test
    void aLimitThatIsNoWholeNumberIsA400NamingIt() {
        given().auth().oauth2(TestJwt.token("viv", "viewer")).queryParam("limit", "abc")
                .get("/research/runs").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", containsString("got 'abc'"));
    }

    @Test
    void theScheduleRunsNothingOnATradingDay() {
        MovableClock.set(Instant.parse("2030-07-08T12:30:00Z"));
        assertEquals(List.of(), scheduler.runToday());
    }

    @Test
    void theServiceItselfRunsOn() {
        given().get("/q/health/ready").then().statusCode(200).body(not(containsString("DOWN")));
    }
}
