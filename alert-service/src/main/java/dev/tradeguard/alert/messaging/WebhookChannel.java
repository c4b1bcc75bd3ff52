package dev.tradeguard.alert.messaging;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;

/**
 * A chat channel reached through an incoming webhook (Slack, Discord): one JSON POST per alert to the configured URL,
 * disabled while there is none. The URL is the credential, so it never appears in a reason or an error.
 */
abstract class WebhookChannel implements AlertChannel {
    @Inject
    AlertConfig config;

    private final ChannelName name;
    private final String service;
    private WebhookApi webhook;

    /** {@code service}: how errors name the service, e.g. "Slack". */
    protected WebhookChannel(ChannelName name, String service) {
        this.name = name;
        this.service = service;
    }

    /** This channel's settings (webhook URL, rate). */
    abstract AlertConfig.Webhook settings();

    /** The JSON body the service expects for the alert. */
    abstract Map<String, Object> message(ReceivedAlert alert);

    @PostConstruct
    void connect() {
        settings().webhookUrl().filter(url -> !url.isBlank()).ifPresent(url -> webhook = HttpCalls.client(url,
                WebhookApi.class, config.delivery().requestTimeout()));
    }

    @Override
    public ChannelName name() {
        return name;
    }

    @Override
    public Optional<String> disabledReason() {
        return webhook != null ? Optional.empty()
                : Optional.of("no webhook URL (tradeguard.alert." + name.id() + ".webhook-url / TRADEGUARD_ALERT_"
                        + name.name() + "_WEBHOOK_URL)");
    }

    @Override
    public int ratePerSecond() {
        return settings().ratePerSecond();
    }

    @Override
    public void send(ReceivedAlert alert) throws DeliveryException {
        Map<String, Object> message = message(alert);
        HttpCalls.expectSuccess(service, () -> webhook.post(message));
    }
}
