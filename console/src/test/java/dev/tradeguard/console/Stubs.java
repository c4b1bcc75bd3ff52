package dev.tradeguard.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Instant;

import com.github.tomakehurst.wiremock.http.Fault;

/** The services' answers, in their real JSON shapes, for the console's tests. */
public final class Stubs {
    public static final String APPROVAL_ID = "5b2f8c1e-3d4a-4b6c-9e7f-112233445566";
    public static final String ACCOUNT = "PA-TEST";

    private Stubs() {
    }

    public static String approval(String status, Instant expiresAt, String decidedBy, String reason) {
        return """
                {"id":"%s","recommendationId":"rec-1","accountId":"%s","strategy":"DEE-BOT","symbol":"HAPY",
                 "side":"BUY","quantity":10,"limitPrice":100.00,"stopLoss":92.00,"takeProfit":120.00,
                 "highRiskReasons":null,"status":"%s","requestedAt":"%s","expiresAt":"%s",
                 "decidedBy":%s,"decidedAt":null,"decisionReason":%s}
                """.formatted(APPROVAL_ID, ACCOUNT, status, expiresAt.minusSeconds(1800), expiresAt,
                decidedBy == null ? "null" : "\"" + decidedBy + "\"", reason == null ? "null" : "\"" + reason + "\"");
    }

    public static void pendingApproval() {
        ConsoleTestServices.wireMock().stubFor(get(urlPathEqualTo("/risk/approvals"))
                .willReturn(okJson("[" + approval("PENDING", Instant.now().plusSeconds(900), null, null) + "]")));
    }

    public static void approveAnswers(String status, String reason) {
        ConsoleTestServices.wireMock().stubFor(post(urlPathEqualTo("/risk/approvals/" + APPROVAL_ID + "/approve"))
                .willReturn(okJson(approval(status, Instant.now().plusSeconds(900), "alice", reason))));
    }

    public static void tradingState(String state, String reason) {
        String json = """
                {"accountId":"%s","previousState":"ACTIVE","state":"%s","reason":"%s","changedBy":"rita",
                 "changedAt":"2026-03-03T15:00:00Z"}""".formatted(ACCOUNT, state, reason);
        ConsoleTestServices.wireMock().stubFor(get(urlPathEqualTo("/risk/trading-state"))
                .willReturn(okJson("[" + json + "]")));
        ConsoleTestServices.wireMock().stubFor(get(urlPathEqualTo("/execution/trading-state/" + ACCOUNT))
                .willReturn(okJson(json)));
    }

    /** The service's port accepts and drops the connection: as good as down. */
    public static void down(String prefix) {
        ConsoleTestServices.wireMock().stubFor(get(com.github.tomakehurst.wiremock.client.WireMock
                .urlPathMatching("/" + prefix + "/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
}
