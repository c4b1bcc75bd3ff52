package dev.tradeguard.alert.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A Discord webhook: {@code {"content": ...}} in Discord markdown, answered {@code 204}. */
@ApplicationScoped
public class DiscordChannel implements AlertChannel {
    @Inject
    AlertConfig config;

    private WebhookApi webhook;

    @PostConstruct
    void connect() {
        config.discord().webhookUrl().filter(url -> !url.isBlank()).ifPresent(url -> webhook = HttpCalls.client(url,
                WebhookApi.class, config.delivery().requestTimeout()));
    }

    @Override
    public ChannelName name() {
        return ChannelName.DISCORD;
    }

    @Override
    public Optional<String> disabledReason() {
        return webhook != null ? Optional.empty()
                : Optional.of("no webhook URL (tradeguard.alert.discord.webhook-url / "
                        + "TRADEGUARD_ALERT_DISCORD_WEBHOOK_URL)");
    }

    @Override
    public int ratePerSecond() {
        return config.discord().ratePerSecond();
    }

    @Override
    public void send(ReceivedAlert alert) throws DeliveryException {
        // Alert text comes from events: it must never ping @everyone.
        Map<String, Object> message = Map.of("content", AlertMessages.discord(alert),
                "allowed_mentions", Map.of("parse", List.of()));
        HttpCalls.expectSuccess("Discord", () -> webhook.post(message));
    }
}
