package dev.tradeguard.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountResourceTest {

    @Test
    void readingWithoutATokenIsUnauthorized() {
        given().get("/accounts/PA-DEE").then().statusCode(401);
    }

    @Test
    void aTokenFromAnUntrustedKeyIsUnauthorized() {
        given().auth().oauth2(TestJwt.tokenSignedByStranger("mallory", "admin"))
                .get("/accounts/PA-DEE").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAnyTradeGuardRoleIsForbidden() {
        given().auth().oauth2(TestJwt.token("bob", "marketing"))
                .get("/accounts/PA-DEE").then().statusCode(403);
    }

    @Test
    void higherRolesMayReadAndAnUnknownAccountIsNotFound() {
        for (String role : new String[] { "viewer", "approver", "risk-officer", "admin", "service" }) {
            given().auth().oauth2(TestJwt.token("carol", role))
                    .get("/accounts/NO-SUCH-ACCOUNT").then().statusCode(404);
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/accounts/{accountId}"));
    }
}
