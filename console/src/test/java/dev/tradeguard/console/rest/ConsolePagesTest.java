package dev.tradeguard.console.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.console.Browser;
import dev.tradeguard.console.ConsoleTestServices;
import dev.tradeguard.console.Stubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What the pages show and send: re-check results, halts with reasons, the typed close-all, services that are down. */
@QuarkusTest
@QuarkusTestResource(ConsoleTestServices.class)
class ConsolePagesTest {
    @BeforeEach
    void reset() {
        ConsoleTestServices.wireMock().resetAll();
        Stubs.pendingApproval();
        Stubs.tradingState("ACTIVE", "start of day");
    }

    @Test
    void anApprovalDeniedOnReCheckShowsRiskServicesReason() {
        Stubs.approveAnswers("DENIED", "TRADING_HALTED: account PA-TEST is HALTED");
        String page = Browser.signIn("alice").submit("/approvals", "/approvals/" + Stubs.APPROVAL_ID + "/approve",
                Map.of()).body().asString();
        assertThat(page).contains("Not sent: BUY 10 HAPY for PA-TEST was DENIED on re-check")
                .contains("TRADING_HALTED: account PA-TEST is HALTED");
    }

    @Test
    void anExpiredApprovalIsGreyedAndOffersNoButton() {
        ConsoleTestServices.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/risk/approvals")).willReturn(okJson("[" + Stubs.approval("PENDING",
                        Instant.now().minusSeconds(5), null, null) + "]")));
        String page = Browser.signIn("alice").get("/approvals").body().asString();
        assertThat(page).contains("approval closed status-PENDING").contains("EXPIRED")
                .doesNotContain("id=\"approve-");
    }

    @Test
    void theListFragmentChangesVersionWhenANewApprovalArrives() {
        Browser vera = Browser.signIn("vera");
        String before = version(vera.get("/approvals/list").body().asString());
        ConsoleTestServices.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/risk/approvals")).willReturn(okJson("[" + Stubs.approval("PENDING",
                        Instant.now().plusSeconds(900), null, null).replace("5b2f8c1e", "6c3a9d2f") + ","
                        + Stubs.approval("PENDING", Instant.now().plusSeconds(900), null, null) + "]")));
        String after = vera.get("/approvals/list").body().asString();
        assertThat(version(after)).isNotEqualTo(before);
        assertThat(after).contains("6c3a9d2f").doesNotContain("<html");
    }

    @Test
    void aRiskOfficerHaltsWithATypedReasonAndSeesTheNewState() {
        ConsoleTestServices.wireMock().stubFor(post(urlPathEqualTo("/risk/trading-state/PA-TEST/halt"))
                .withRequestBody(equalToJson("{\"reason\": \"news: halt before the open\"}"))
                .willReturn(okJson("""
                        {"accountId":"PA-TEST","previousState":"ACTIVE","state":"HALTED",
                         "reason":"news: halt before the open","changedBy":"rita","changedAt":"2026-03-03T15:01:00Z"}""")));
        String page = Browser.signIn("rita").submit("/kill-switch", "/kill-switch/PA-TEST/halt",
                Map.of("reason", "news: halt before the open")).body().asString();
        assertThat(page).contains("PA-TEST is HALTED").contains("reason: news: halt before the open")
                .contains("by rita");
    }

    @Test
    void aHaltWithoutAReasonShowsRiskServicesRefusal() {
        ConsoleTestServices.wireMock().stubFor(post(urlPathEqualTo("/risk/trading-state/PA-TEST/halt"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":400,\"message\":\"invalid request: reason: is required\",\"violations\":[]}")));
        String page = Browser.signIn("rita").submit("/kill-switch", "/kill-switch/PA-TEST/halt",
                Map.of("reason", "")).body().asString();
        assertThat(page).contains("HALT refused").contains("reason: is required");
    }

    @Test
    void closeAllIsNotSentWithoutTheTypedConfirmation() {
        Browser root = Browser.signIn("root");
        String page = root.submit("/kill-switch", "/kill-switch/close-all", Map.of("confirmation", "close"))
                .body().asString();
        assertThat(page).contains("CLOSE ALL POSITIONS refused").contains("type CLOSE ALL to confirm");
        assertThat(ConsoleTestServices.wireMock().findAll(postRequestedFor(urlPathMatching("/execution/.*"))))
                .isEmpty();
    }

    @Test
    void closeAllWithTheConfirmationShowsWhatWasCancelledClosedAndVerified() {
        ConsoleTestServices.wireMock().stubFor(post(urlPathEqualTo("/execution/emergency/close-all"))
                .willReturn(okJson("""
                        {"closePositions":true,"cancelledOrders":["ord-1"],"closedPositions":["HAPY"],
                         "openOrdersAfter":0,"positionsAfter":0,"verified":true,"error":null}""")));
        String page = Browser.signIn("root").submit("/kill-switch", "/kill-switch/close-all",
                Map.of("confirmation", "CLOSE ALL")).body().asString();
        assertThat(page).contains("CLOSE ALL POSITIONS: done").contains("orders cancelled: ord-1")
                .contains("positions closed: HAPY").contains("after: 0 open order(s), 0 position(s)");
        assertThat(ConsoleTestServices.wireMock().findAll(postRequestedFor(urlPathEqualTo(
                "/execution/emergency/close-all"))).get(0).getUrl()).endsWith("force=true");
    }

    @Test
    void anApproverDoesNotSeeTheKillSwitchButtons() {
        String page = Browser.signIn("alice").get("/kill-switch").body().asString();
        assertThat(page).contains("PA-TEST").contains("ACTIVE").doesNotContain("id=\"halt-")
                .doesNotContain("id=\"close-all\"");
    }

    @Test
    void aServiceThatIsDownIsNamedWithWhatItTakesAndTheRestOfTheDayStillShows() {
        Stubs.down("monitor");
        ConsoleTestServices.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/alert/accounts/PA-TEST/alerts")).willReturn(okJson("""
                        [{"eventId":"0b2f8c1e-3d4a-4b6c-9e7f-112233445566","accountId":"PA-TEST","alertType":"ORDER_FILLED",
                          "priority":"LOW","subject":"Filled BUY 10 HAPY","message":"m","occurredAt":"2026-03-03T15:00:00Z"}]""")));
        ConsoleTestServices.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/alert/deliveries")).willReturn(okJson("[]")));
        Response reply = Browser.signIn("vera").get("/day?account=PA-TEST");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body().asString()).contains("monitor-service is not answering")
                .contains("positions, orders and fills, the daily report, the chart and the go-live gate are unavailable")
                .contains("the rest of the console still works").contains("Filled BUY 10 HAPY");
    }

    @Test
    void anActWhileRiskServiceIsDownShowsAnErrorPageNamingIt() {
        Stubs.down("risk");
        ConsoleTestServices.wireMock().stubFor(post(urlPathMatching("/risk/.*")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        Browser rita = Browser.signIn("rita");
        String page = rita.get("/kill-switch").body().asString();
        assertThat(page).contains("risk-service is not answering").contains("HALT and RESUME are unavailable");
        // the broker-side emergency acts go through execution-service: still offered to an admin
        assertThat(Browser.signIn("root").get("/kill-switch").body().asString()).contains("risk-service is not answering")
                .contains("id=\"cancel-all\"").contains("id=\"close-all\"");
    }

    @Test
    void theStatusPageAsksEachServiceForReadinessWhereItServesHealth() {
        ConsoleTestServices.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/risk-management/q/health/ready")).willReturn(okJson("{\"status\":\"UP\"}")));
        ConsoleTestServices.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/monitor/q/health/ready")).willReturn(okJson("{\"status\":\"UP\"}")));
        String page = Browser.signIn("vera").get("/status").body().asString();
        assertThat(page).contains("<tr class=\"up\"><th scope=\"row\">risk-service</th><td>yes</td>")
                .contains("<tr class=\"up\"><th scope=\"row\">monitor-service</th><td>yes</td>")
                .contains("<tr class=\"down\"><th scope=\"row\">alert-service</th><td>NO</td>");
    }

    private static String version(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-version=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("version in %s", html).isTrue();
        return m.group(1);
    }
}
