package dev.tradeguard.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every state-changing endpoint against every kind of bad credential, and who may read the capital. */
@QuarkusTest
class AuthorizationMatrixTest {
    static final String ACCOUNT = "ACC-AUTH";
    static final String BODY = "{\"reason\":\"matrix test\"}";

    /** endpoint, the role it needs */
    static List<Arguments> endpoints() {
        String approval = "/approvals/" + UUID.randomUUID();
        return List.of(Arguments.of("/trading-state/" + ACCOUNT + "/halt", "risk-officer"),
                Arguments.of("/trading-state/" + ACCOUNT + "/reduce", "risk-officer"),
                Arguments.of("/trading-state/" + ACCOUNT + "/resume", "risk-officer"),
                Arguments.of(approval + "/approve", "approver"),
                Arguments.of(approval + "/reject", "approver"),
                Arguments.of("/accounts/" + ACCOUNT + "/capital", "admin"));
    }

    static List<Arguments> badCredentials() {
        return endpoints().stream().flatMap(e -> {
            String path = (String) e.get()[0];
            String role = (String) e.get()[1];
            String wrongRole = role.equals("approver") ? "risk-officer" : "approver";
            return List.of(Arguments.of(path, "no token", null, 401),
                    Arguments.of(path, "expired token", TestJwt.expiredToken("eve", role), 401),
                    Arguments.of(path, "tampered signature", TestJwt.tamperedToken("eve", "viewer"), 401),
                    Arguments.of(path, "untrusted key", TestJwt.tokenSignedByStranger("eve", role), 401),
                    Arguments.of(path, "viewer", TestJwt.token("eve", "viewer"), 403),
                    Arguments.of(path, "wrong role " + wrongRole, TestJwt.token("eve", wrongRole), 403)).stream();
        }).toList();
    }

    @ParameterizedTest(name = "{0} with {1} -> {3}")
    @MethodSource("badCredentials")
    void badCredentialsAreRefused(String path, String what, String token, int status) {
        var request = given().contentType(ContentType.JSON).body(BODY);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        request.post(path).then().statusCode(status);
    }

    @Test
    void allowedChangesAreAudited() {
        String officer = TestJwt.token("olga", "risk-officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(BODY)
                .post("/trading-state/{a}/reduce", ACCOUNT).then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(BODY)
                .post("/trading-state/{a}/resume", ACCOUNT).then().statusCode(200);
        given().auth().oauth2(TestJwt.token("adam", "admin")).contentType(ContentType.JSON).body(BODY)
                .post("/trading-state/{a}/halt", ACCOUNT).then().statusCode(200);
        given().auth().oauth2(TestJwt.token("adam", "admin")).contentType(ContentType.JSON).body(BODY)
                .post("/trading-state/{a}/resume", ACCOUNT).then().statusCode(200);
        given().auth().oauth2(officer).get("/audit").then().statusCode(200)
                .body("action", hasItem("TRADING_STATE_REDUCING"))
                .body("actor", hasItem("olga")).body("actor", hasItem("adam"))
                .body("source", hasItem("127.0.0.1"));
        given().auth().oauth2(TestJwt.token("vic", "viewer")).get("/audit").then().statusCode(403);
    }

    @Test
    void readingTheCapitalNeedsAViewerToken() {
        given().get("/accounts/{a}/capital", ACCOUNT).then().statusCode(401);
        given().auth().oauth2(TestJwt.expiredToken("eve", "viewer")).get("/accounts/{a}/capital", ACCOUNT).then()
                .statusCode(401);
        given().auth().oauth2(TestJwt.token("vic", "viewer")).get("/accounts/{a}/capital", ACCOUNT).then()
                .statusCode(200).body("accountId", org.hamcrest.Matchers.equalTo(ACCOUNT));
    }

    @Test
    void viewingTheLimitsIsAuditedToo() {
        given().auth().oauth2(TestJwt.token("vera", "viewer")).get("/limits").then().statusCode(200)
                .body("strategy", hasItem("DEE-BOT"));
        given().auth().oauth2(TestJwt.token("olga", "risk-officer")).get("/audit?action=CONFIG_VIEWED")
                .then().statusCode(200).body("actor", hasItem("vera"));
    }
}
