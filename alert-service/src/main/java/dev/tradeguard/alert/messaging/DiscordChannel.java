package dev.tradeguard.alert.messaging;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A Discord webhook: {@code {"content": ...}} in Discord markdown, answered {@code 204}. */
@ApplicationScoped
public class DiscordChannel extends WebhookChannel {
    public DiscordChannel() {
        super(ChannelName.DISCORD, "Discord");
    }

    @Override
    AlertConfig.Webhook settings() {
        return config.discord();
    }

    @Override
    Map<String, Object> message(ReceivedAlert alert) {
        // Alert text comes from events: it must never ping @everyone.
        return Map.of("content", AlertMessages.discord(alert), "allowed_mentions", Map.of("parse", List.of()));
    }
}
