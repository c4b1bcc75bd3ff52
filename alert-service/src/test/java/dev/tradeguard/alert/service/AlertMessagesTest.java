package dev.tradeguard.alert.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

class AlertMessagesTest {
    static ReceivedAlert alert(AlertType type, String message, Map<String, String> details) {
        return new ReceivedAlert(UUID.randomUUID(), "ACC-1", "DEE-BOT", type, type.defaultPriority(), "Subject",
                message, details, Instant.parse("2026-03-02T15:42:00Z"), null);
    }

    @Test
    void theVoiceCallReadsTheAlertAsValidTwiml() {
        String twiml = AlertMessages.voiceTwiml(alert(AlertType.DAILY_LOSS_LIMIT, "Loss <2.1%> & halted", Map.of()));
        assertTrue(twiml.startsWith("<Response><Say>TradeGuard emergency alert for account ACC-1. Subject."), twiml);
        assertTrue(twiml.contains("Loss &lt;2.1%&gt; &amp; halted"), twiml);
        assertTrue(twiml.endsWith("</Say></Response>"), twiml);
    }

    @Test
    void anSmsNeverExceedsTwiliosLimit() {
        String sms = AlertMessages.sms(alert(AlertType.RED_FLAG, "x".repeat(5000), Map.of()));
        assertEquals(1600, sms.length());
    }

    @Test
    void slackTextCannotInjectLinksOrMentions() {
        String text = AlertMessages.slack(alert(AlertType.RED_FLAG, "<!channel> see <http://evil|here>", Map.of()));
        assertFalse(text.contains("<!channel>"), text);
        assertTrue(text.contains("&lt;!channel&gt;"), text);
    }

    @Test
    void theEquityCurveBecomesBarsScaledBetweenItsLowAndHigh() {
        List<AlertMessages.ChartBar> bars = AlertMessages.equityChart(alert(AlertType.DAILY_SUMMARY, "day",
                Map.of(AlertMessages.EQUITY_CURVE, "2026-02-27=100000.00;2026-03-02=100450.00;2026-03-03=100900.00")));
        assertEquals(List.of(new AlertMessages.ChartBar("2026-02-27", "100000.00", 10),
                new AlertMessages.ChartBar("2026-03-02", "100450.00", 55),
                new AlertMessages.ChartBar("2026-03-03", "100900.00", 100)), bars);
    }

    @Test
    void anUnreadableEquityCurveDrawsNoChartRatherThanFailTheEmail() {
        assertTrue(AlertMessages.equityChart(alert(AlertType.DAILY_SUMMARY, "day",
                Map.of(AlertMessages.EQUITY_CURVE, "2026-02-27=lots"))).isEmpty());
    }

    @Test
    void linksAndChartDataAreNotListedAsFacts() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("symbol", "JNJ");
        details.put(AlertMessages.APPROVE_URL, "http://risk/approvals/1/approve");
        details.put(AlertMessages.CHART_PNG, "iVBOR");
        assertEquals(Map.of("symbol", "JNJ"),
                AlertMessages.listedDetails(alert(AlertType.APPROVAL_REQUESTED, "m", details)));
        assertEquals(Priority.HIGH, AlertType.APPROVAL_REQUESTED.defaultPriority());
    }
}
