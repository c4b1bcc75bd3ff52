package dev.tradeguard.alert.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.model.AlertType;

/**
 * The readable text of an alert on each kind of channel. Approval requests always carry their approve/reject links
 * (or the exact command) so the owner can act from the message itself.
 */
public final class AlertMessages {
    /** Detail keys risk-service sets on APPROVAL_REQUESTED. */
    public static final String APPROVE_URL = "approveUrl";
    public static final String REJECT_URL = "rejectUrl";
    public static final String APPROVE_COMMAND = "approveCommand";
    public static final String EXPIRES_AT = "expiresAt";
    /** DAILY_SUMMARY: the equity curve, {@code 2026-03-02=100000.00;2026-03-03=100250.00}. */
    public static final String EQUITY_CURVE = "equityCurve";
    /** DAILY_SUMMARY: a rendered performance chart, base64 PNG; mailed inline. */
    public static final String CHART_PNG = "chartPng";
    private static final Set<String> NOT_LISTED = Set.of(APPROVE_URL, REJECT_URL, APPROVE_COMMAND, EQUITY_CURVE,
            CHART_PNG);
    /** Twilio refuses bodies over 1600 characters. */
    private static final int SMS_LIMIT = 1600;
    /** Discord refuses content over 2000 characters. */
    private static final int DISCORD_LIMIT = 2000;

    private AlertMessages() {
    }

    /** The alert's type, or TEST for a channel test message. */
    public static String type(ReceivedAlert alert) {
        return alert.alertType() == null ? "TEST" : alert.alertType().name();
    }

    public static String title(ReceivedAlert alert) {
        return "[" + alert.priority() + "] " + alert.subject();
    }

    /** The facts of the alert worth listing, in their order, without links and chart data. */
    public static Map<String, String> listedDetails(ReceivedAlert alert) {
        Map<String, String> listed = new LinkedHashMap<>();
        alert.details().forEach((key, value) -> {
            if (!NOT_LISTED.contains(key)) {
                listed.put(key, value);
            }
        });
        return listed;
    }

    public static boolean isApproval(ReceivedAlert alert) {
        return alert.alertType() == AlertType.APPROVAL_REQUESTED;
    }

    /** Lines telling how to approve or reject, for text channels. */
    public static List<String> approvalLines(ReceivedAlert alert) {
        List<String> lines = new ArrayList<>();
        if (!isApproval(alert)) {
            return lines;
        }
        if (alert.detail(APPROVE_URL) != null) {
            lines.add("Approve: POST " + alert.detail(APPROVE_URL));
        }
        if (alert.detail(REJECT_URL) != null) {
            lines.add("Reject: POST " + alert.detail(REJECT_URL));
        }
        if (alert.detail(APPROVE_COMMAND) != null) {
            lines.add("Command: " + alert.detail(APPROVE_COMMAND));
        }
        if (alert.detail(EXPIRES_AT) != null) {
            lines.add("Expires: " + alert.detail(EXPIRES_AT));
        }
        return lines;
    }

    public static String slack(ReceivedAlert alert) {
        StringBuilder text = new StringBuilder();
        text.append("*").append(slackEscape(title(alert))).append("*  _").append(type(alert)).append(" · ")
                .append(slackEscape(alert.accountId())).append("_\n").append(slackEscape(alert.message()));
        listedDetails(alert).forEach((key, value) -> text.append("\n• ").append(slackEscape(key)).append(": ")
                .append(slackEscape(value)));
        if (isApproval(alert)) {
            if (alert.detail(APPROVE_URL) != null) {
                text.append("\n<").append(alert.detail(APPROVE_URL)).append("|Approve> (POST)");
            }
            if (alert.detail(REJECT_URL) != null) {
                text.append("  ·  <").append(alert.detail(REJECT_URL)).append("|Reject> (POST)");
            }
            if (alert.detail(APPROVE_COMMAND) != null) {
                text.append("\n```").append(alert.detail(APPROVE_COMMAND)).append("```");
            }
        }
        return text.toString();
    }

    public static String discord(ReceivedAlert alert) {
        StringBuilder text = new StringBuilder();
        text.append("**").append(title(alert)).append("** (").append(type(alert)).append(", ")
                .append(alert.accountId()).append(")\n").append(alert.message());
        listedDetails(alert).forEach((key, value) -> text.append("\n- ").append(key).append(": ").append(value));
        approvalLines(alert).forEach(line -> text.append("\n").append(line));
        return truncate(text.toString(), DISCORD_LIMIT);
    }

    public static String sms(ReceivedAlert alert) {
        StringBuilder text = new StringBuilder("TradeGuard ").append(title(alert)).append(" (")
                .append(alert.accountId()).append("): ").append(alert.message());
        approvalLines(alert).forEach(line -> text.append("\n").append(line));
        return truncate(text.toString(), SMS_LIMIT);
    }

    /** TwiML read to the owner on a phone call, said twice so it is not missed. */
    public static String voiceTwiml(ReceivedAlert alert) {
        String said = xmlEscape("TradeGuard " + alert.priority().name().toLowerCase() + " alert for account "
                + alert.accountId() + ". " + alert.subject() + ". " + alert.message());
        return "<Response><Say>" + said + "</Say><Pause length=\"1\"/><Say>Repeating. " + said
                + "</Say></Response>";
    }

    /** One line for the local alert file. */
    public static String line(ReceivedAlert alert) {
        StringBuilder line = new StringBuilder().append(alert.occurredAt()).append(' ').append(title(alert))
                .append(" | ").append(type(alert)).append(" | ").append(alert.accountId()).append(" | ")
                .append(alert.message().replace('\n', ' '));
        approvalLines(alert).forEach(approval -> line.append(" | ").append(approval));
        return line.toString();
    }

    public static String emailSubject(ReceivedAlert alert) {
        return "[TradeGuard " + alert.priority() + "] " + alert.subject();
    }

    /** One bar of the daily summary's equity chart: its label, value and width in percent. */
    @io.quarkus.qute.TemplateData
    public record ChartBar(String label, String value, int widthPct) {
    }

    /**
     * The equity curve of a daily summary as bars scaled between the lowest and highest equity (10 % to 100 %), so a
     * chart shows in any mail client without images; empty if the alert has no readable curve.
     */
    public static List<ChartBar> equityChart(ReceivedAlert alert) {
        String curve = alert.detail(EQUITY_CURVE);
        List<ChartBar> bars = new ArrayList<>();
        if (curve == null || curve.isBlank()) {
            return bars;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (String point : curve.split(";")) {
            int equals = point.indexOf('=');
            if (equals <= 0) {
                return List.of();
            }
            try {
                values.add(new BigDecimal(point.substring(equals + 1).trim()));
                labels.add(point.substring(0, equals).trim());
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal range = max.subtract(min);
        for (int i = 0; i < values.size(); i++) {
            int width = range.signum() == 0 ? 100
                    : 10 + values.get(i).subtract(min).multiply(BigDecimal.valueOf(90))
                            .divide(range, 0, RoundingMode.HALF_UP).intValue();
            bars.add(new ChartBar(labels.get(i), values.get(i).toPlainString(), width));
        }
        return bars;
    }

    static String truncate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    private static String slackEscape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String xmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
