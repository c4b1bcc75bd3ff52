package dev.tradeguard.risk.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.risk.RiskFixtures;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.DashboardMetrics;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

/** The dashboards and alert rules query only metrics risk-service (or any service) really exposes. */
@QuarkusTest
class DashboardMetricsTest {
    @Inject
    DecisionRepository decisions;

    @Test
    void everyRiskOrPlatformMetricTheDashboardsAndRulesUseExists() {
        // one application request, one decision and one dead letter, so their meters exist
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/trading-state").then().statusCode(200);
        var idea = RiskFixtures.recommendation("ACC-METRICS", "NO-SUCH-BOT", "JNJ", Side.BUY, "155.50");
        RiskFixtures.decide(decisions, idea);
        String account = "ACC-METRICS";
        TestKafka.send(Topics.POSITIONS, account, "{\"broken\""); // one dead letter, so its counter exists
        TestKafka.await(Topics.dlq(Topics.POSITIONS), 1, record -> account.equals(record.key()));
        Set<String> exposed = DashboardMetrics.exposed(given().get("/q/metrics").then().statusCode(200)
                .extract().asString());
        Set<String> missing = new TreeSet<>();
        for (String name : DashboardMetrics.referenced()) {
            boolean ownedElsewhere = name.startsWith("tradeguard_") && !name.startsWith("tradeguard_risk_")
                    && !name.equals("tradeguard_outbox_published_total") && !name.equals("tradeguard_dead_letters_total");
            if (!ownedElsewhere && !exposed.contains(name)) {
                missing.add(name);
            }
        }
        assertFalse(DashboardMetrics.referenced().isEmpty());
        assertEquals(Set.of(), missing, "queried by a dashboard or rule but not exposed by risk-service");
    }
}
