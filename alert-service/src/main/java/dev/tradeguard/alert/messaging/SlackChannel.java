package dev.tradeguard.alert.messaging;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A Slack incoming webhook: {@code {"text": ...}} in Slack's mrkdwn, answered {@code 200 ok}. */
@ApplicationScoped
public class SlackChannel implements AlertChannel {
    @Inject
    AlertConfig config;

    private WebhookApi webhook;

    @PostConstruct
    void connect() {
        config.slack().webhookUrl().filter(url -> !url.isBlank()).ifPresent(url -> webhook = HttpCalls.client(url,
                WebhookApi.class, config.delivery().requestTimeout()));
    }

    @Override
    public ChannelName name() {
        return ChannelName.SLACK;
    }

    @Override
    public Optional<String> disabledReason() {
        return webhook != null ? Optional.empty()
                : Optional.of("no webhook URL (tradeguard.alert.slack.webhook-url / TRADEGUARD_ALERT_SLACK_WEBHOOK_URL)");
    }

    @Override
    public int ratePerSecond() {
        return config.slack().ratePerSecond();
    }

    @Override
    public void send(ReceivedAlert alert) throws DeliveryException {
        Map<String, Object> message = Map.of("text", AlertMessages.slack(alert));
        HttpCalls.expectSuccess("Slack", () -> webhook.post(message));
    }
}
