package dev.tradeguard.alert.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MessageContentTest {
    /** A 1×1 PNG, as monitor-service would attach a rendered chart. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    @Inject
    DeliveryRepository deliveries;

    /** The details risk-service puts on APPROVAL_REQUESTED. */
    static Map<String, String> approvalDetails(String base) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("approvalId", "6f1c0d1e-0000-4000-8000-000000000001");
        details.put("symbol", "JNJ");
        details.put("side", "BUY");
        details.put("quantity", "10");
        details.put("limitPrice", "155.20");
        details.put("stopLoss", "142.78");
        details.put("takeProfit", "186.24");
        details.put("expiresAt", "2026-03-02T15:12:00Z");
        details.put("approveUrl", base + "/approve");
        details.put("rejectUrl", base + "/reject");
        details.put("approveCommand", "curl -X POST -H 'Authorization: Bearer <approver token>' " + base + "/approve");
        return details;
    }

    @Test
    void approvalMessagesCarryTheApproveAndRejectLinksOnEveryChannel() {
        String token = Fakes.token();
        String base = "http://127.0.0.1:8082/approvals/6f1c0d1e-0000-4000-8000-000000000001";
        Alert alert = TestAlerts.publish(TestAlerts.alert(TestAlerts.newAccount(), AlertType.APPROVAL_REQUESTED,
                "Approve BUY 10 JNJ? " + token, "DEE-BOT wants to BUY 10 JNJ at 155.20", approvalDetails(base)));
        TestAlerts.awaitSettled(deliveries, alert);

        String slack = Fakes.slack(token).get(0).getBodyAsString();
        assertTrue(slack.contains("<" + base + "/approve|Approve>"), slack);
        assertTrue(slack.contains("<" + base + "/reject|Reject>"), slack);
        assertTrue(slack.contains("curl -X POST"), slack);
        assertTrue(slack.contains("• limitPrice: 155.20") && slack.contains("• stopLoss: 142.78"), slack);

        String sms = URLDecoder.decode(Fakes.sms(token).get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertTrue(sms.contains("Approve: POST " + base + "/approve"), sms);
        assertTrue(sms.contains("Reject: POST " + base + "/reject"), sms);
        assertTrue(sms.contains("Expires: 2026-03-02T15:12:00Z"), sms);

        Fakes.Email email = Fakes.emails(token).get(0);
        assertTrue(email.html().contains("href=\"" + base + "/approve\""), email.html());
        assertTrue(email.html().contains("href=\"" + base + "/reject\""), email.html());
        assertTrue(email.html().contains("the request expires at 2026-03-02T15:12:00Z"), email.html());
        assertTrue(email.html().contains("&lt;approver token&gt;"), "values are HTML-escaped");
        assertTrue(Fakes.fileLines(token).get(0).contains("Approve: POST " + base + "/approve"));
    }

    @Test
    void theDailySummaryEmailShowsThePerformanceChart() {
        String token = Fakes.token();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("equity", "100900.00");
        details.put("dayPnl", "450.00");
        details.put("winRate", "0.62");
        details.put("equityCurve", "2026-02-27=100000.00;2026-03-02=100450.00;2026-03-03=100900.00");
        details.put("chartPng", PNG);
        Alert alert = TestAlerts.publish(TestAlerts.alert(TestAlerts.newAccount(), AlertType.DAILY_SUMMARY,
                "Daily summary 2026-03-03 " + token, "Equity 100,900.00 (+450.00 today). 2 trades.", details));
        TestAlerts.awaitSettled(deliveries, alert);

        Fakes.Email email = Fakes.emails(token).get(0);
        assertTrue(email.html().contains("Performance chart"), email.html());
        assertTrue(email.html().contains("src=\"cid:performance-chart@tradeguard\""), email.html());
        assertEquals(List.of("image/png <performance-chart@tradeguard>"), email.parts());
        assertTrue(email.html().contains("class=\"equity-chart\""), email.html());
        assertTrue(email.html().contains("width: 55%;") && email.html().contains(">100450.00<"), email.html());
        assertTrue(email.html().contains(">winRate<") && email.html().contains(">0.62<"), email.html());
        assertTrue(!email.html().contains(PNG.substring(0, 20)), "the image is attached, not listed as a fact");
        assertEquals(1, Fakes.slack(token).size());
        assertTrue(Base64.getDecoder().decode(PNG).length > 0);
    }
}
