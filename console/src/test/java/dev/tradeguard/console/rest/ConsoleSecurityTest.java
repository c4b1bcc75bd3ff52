package dev.tradeguard.console.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tradeguard.console.Browser;
import dev.tradeguard.console.ConsoleTestServices;
import dev.tradeguard.console.Stubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Sign-in, roles, CSRF and the person's identity on every call the console makes. */
@QuarkusTest
@QuarkusTestResource(ConsoleTestServices.class)
class ConsoleSecurityTest {
    private static final String APPROVE = "/approvals/" + Stubs.APPROVAL_ID + "/approve";

    @BeforeEach
    void reset() {
        ConsoleTestServices.wireMock().resetAll();
        Stubs.pendingApproval();
        Stubs.approveAnswers("APPROVED", null);
        Stubs.tradingState("ACTIVE", "start of day");
    }

    @Test
    void aPageWithoutSignInRedirectsToTheSignInForm() {
        Response reply = given().redirects().follow(false).get("/approvals");
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/login");
        assertThat(ConsoleTestServices.wireMock().findAll(anyRequestedFor(urlPathMatching("/.*")))).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutASession() {
        Response reply = given().redirects().follow(false).formParam("j_username", "alice")
                .formParam("j_password", "not the password").post("/j_security_check");
        assertThat(reply.header("Location")).contains("/login?error=true");
        assertThat(reply.getCookie("tradeguard-console")).isNull();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        Response reply = given().redirects().follow(false).formParam("j_username", "alice")
                .formParam("j_password", ConsoleTestServices.PASSWORD).post("/j_security_check");
        String cookie = reply.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("tradeguard-console="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        // plain http on localhost: Secure would make the browser drop it (behind the gateway the scheme is https)
        assertThat(cookie).doesNotContainIgnoringCase("Secure;");
    }

    @Test
    void behindATlsGatewayTheSessionCookieIsSecure() {
        Response reply = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "console.example.com").formParam("j_username", "alice")
                .formParam("j_password", ConsoleTestServices.PASSWORD).post("/j_security_check");
        String cookie = reply.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("tradeguard-console="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void aViewerSeesPendingApprovalsButNoApproveButton() {
        String page = Browser.signIn("vera").get("/approvals").body().asString();
        assertThat(page).contains("BUY 10 HAPY").contains("Time left").doesNotContain("id=\"approve-");
    }

    @Test
    void anApproverSeesALabelledApproveButtonAndAReasonFieldToReject() {
        String page = Browser.signIn("alice").get("/approvals").body().asString();
        assertThat(page).contains("id=\"approve-" + Stubs.APPROVAL_ID + "\"")
                .contains("aria-label=\"Approve BUY 10 HAPY for PA-TEST\"")
                .contains("<label for=\"reason-" + Stubs.APPROVAL_ID + "\">");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndNothingReachesRiskService() {
        Browser alice = Browser.signIn("alice");
        alice.get("/approvals");
        Response forged = alice.post(APPROVE, Map.of());
        assertThat(forged.statusCode()).isEqualTo(400);
        Response wrongToken = alice.post(APPROVE, Map.of("csrf-token", "forged-token"));
        assertThat(wrongToken.statusCode()).isEqualTo(400);
        assertThat(ConsoleTestServices.wireMock().findAll(postRequestedFor(urlPathMatching("/risk/.*")))).isEmpty();
    }

    @Test
    void aViewerPostingAnApprovalWithAValidTokenIsForbiddenAndNothingReachesRiskService() {
        Response reply = Browser.signIn("vera").submit("/approvals", APPROVE, Map.of());
        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(reply.body().asString()).contains("Not allowed").contains("vera holds [viewer]");
        assertThat(ConsoleTestServices.wireMock().findAll(postRequestedFor(urlPathMatching("/risk/.*")))).isEmpty();
    }

    @Test
    void aRiskOfficerMayNotApproveAndAnApproverMayNotHalt() {
        assertThat(Browser.signIn("rita").submit("/approvals", APPROVE, Map.of()).statusCode()).isEqualTo(403);
        assertThat(Browser.signIn("alice").submit("/kill-switch", "/kill-switch/" + Stubs.ACCOUNT + "/halt",
                Map.of("reason", "not mine to pull")).statusCode()).isEqualTo(403);
        assertThat(ConsoleTestServices.wireMock().findAll(postRequestedFor(urlPathMatching("/.*")))).isEmpty();
    }

    @Test
    void anApprovalReachesRiskServiceInThePersonsNameWithAShortLivedSignedToken() throws Exception {
        Response reply = Browser.signIn("alice").submit("/approvals", APPROVE, Map.of());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body().asString()).contains("Approved: BUY 10 HAPY for PA-TEST");
        LoggedRequest call = ConsoleTestServices.wireMock()
                .findAll(postRequestedFor(urlPathMatching("/risk/approvals/.*/approve"))).get(0);
        JsonNode claims = verifiedClaims(call.getHeader("Authorization"));
        assertThat(claims.path("upn").asText()).isEqualTo("alice");
        assertThat(claims.path("groups").toString()).contains("approver").contains("viewer").doesNotContain("admin");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isLessThanOrEqualTo(120);
        assertThat(call.getHeader("X-Forwarded-For")).isNotBlank();
    }

    /** The token's claims, after checking its RS256 signature with the console's public key. */
    private static JsonNode verifiedClaims(String authorization) throws Exception {
        assertThat(authorization).startsWith("Bearer ");
        String[] parts = authorization.substring(7).split("\\.");
        java.security.Signature rs256 = java.security.Signature.getInstance("SHA256withRSA");
        rs256.initVerify(ConsoleTestServices.signingKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signature").isTrue();
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
