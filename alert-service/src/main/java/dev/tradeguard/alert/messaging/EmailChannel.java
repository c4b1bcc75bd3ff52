package dev.tradeguard.alert.messaging;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;
import dev.tradeguard.model.AlertType;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * HTML email over SMTP (Quarkus Mailer; server and credentials in {@code quarkus.mailer.*}). The daily summary has
 * its own template with the performance chart: bars drawn from the equity curve, and the rendered chart image inline
 * when monitor-service attached one.
 */
@ApplicationScoped
public class EmailChannel implements AlertChannel {
    static final String CHART_CONTENT_ID = "performance-chart@tradeguard";

    @Inject
    AlertConfig config;

    @Inject
    Mailer mailer;

    @Inject
    @Location("alert-email.html")
    Template alertEmail;

    @Inject
    @Location("daily-summary.html")
    Template dailySummary;

    @Override
    public ChannelName name() {
        return ChannelName.EMAIL;
    }

    @Override
    public Optional<String> disabledReason() {
        return recipients().isEmpty()
                ? Optional.of("no recipient (tradeguard.alert.email.to / TRADEGUARD_ALERT_EMAIL_TO); SMTP server: "
                        + "quarkus.mailer.host, port, username, password")
                : Optional.empty();
    }

    private List<String> recipients() {
        return config.email().to().orElse(List.of()).stream().filter(to -> !to.isBlank()).toList();
    }

    @Override
    public int ratePerSecond() {
        return config.email().ratePerSecond();
    }

    @Override
    public void send(ReceivedAlert alert) throws DeliveryException {
        byte[] chartImage = chartImage(alert);
        EmailView view = view(alert, chartImage != null);
        Template template = alert.alertType() == AlertType.DAILY_SUMMARY ? dailySummary : alertEmail;
        Mail mail = new Mail().setTo(recipients()).setFrom(config.email().from())
                .setSubject(AlertMessages.emailSubject(alert))
                .setHtml(template.data("alert", view).render())
                .setText(plainText(alert));
        if (chartImage != null) {
            mail.addInlineAttachment("performance-chart.png", chartImage, "image/png", "<" + CHART_CONTENT_ID + ">");
        }
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
            throw new DeliveryException("SMTP: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                    false);
        }
    }

    private static byte[] chartImage(ReceivedAlert alert) {
        String png = alert.detail(AlertMessages.CHART_PNG);
        if (png == null || png.isBlank()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(png);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String plainText(ReceivedAlert alert) {
        StringBuilder text = new StringBuilder(AlertMessages.title(alert)).append("\n").append(AlertMessages.type(alert))
                .append(" · ").append(alert.accountId()).append(" · ").append(alert.occurredAt()).append("\n\n")
                .append(alert.message()).append("\n");
        AlertMessages.listedDetails(alert).forEach((key, value) -> text.append("\n").append(key).append(": ")
                .append(value));
        AlertMessages.approvalLines(alert).forEach(line -> text.append("\n").append(line));
        return text.toString();
    }

    static EmailView view(ReceivedAlert alert, boolean chartImage) {
        List<EmailView.Row> rows = AlertMessages.listedDetails(alert).entrySet().stream()
                .map(entry -> new EmailView.Row(entry.getKey(), entry.getValue())).toList();
        return new EmailView(AlertMessages.title(alert), AlertMessages.type(alert), alert.priority().name(),
                alert.accountId(), alert.strategy(), alert.occurredAt().toString(), alert.message(), rows,
                AlertMessages.isApproval(alert), alert.detail(AlertMessages.APPROVE_URL),
                alert.detail(AlertMessages.REJECT_URL), alert.detail(AlertMessages.APPROVE_COMMAND),
                alert.detail(AlertMessages.EXPIRES_AT), AlertMessages.equityChart(alert), chartImage);
    }
}
