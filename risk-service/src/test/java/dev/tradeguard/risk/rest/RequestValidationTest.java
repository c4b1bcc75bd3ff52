package dev.tradeguard.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bad query parameters and bodies are a 400 naming the field, before anything is looked up or clamped. */
@QuarkusTest
class RequestValidationTest {

    @ParameterizedTest
    @CsvSource({ "/approvals, abc", "/approvals, 0", "/decisions, 1001", "/decisions, 2.5", "/audit, 5001",
            "/audit, -1" })
    void aLimitThatIsNoWholeNumberInRangeIsRefusedNotClamped(String path, String limit) {
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).queryParam("limit", limit).get(path)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", containsString("got '" + limit + "'"));
    }

    @Test
    void anApprovalFor1e400SharesIsRefusedNamingTheRangeBeforeTheApprovalIsLookedUp() {
        given().auth().oauth2(TestJwt.token("alice", "approver")).contentType(ContentType.JSON)
                .body("{\"quantity\": 1e400}").post("/approvals/{id}/approve", UUID.randomUUID())
                .then().statusCode(400)
                .body("violations[0].field", equalTo("quantity"))
                .body("violations[0].message", equalTo("must be greater than 0 and at most 1000000000 (shares, at"
                        + " most 9 decimals), got 1E+400"));
    }
}
