package dev.tradeguard.alert.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A Slack incoming webhook: {@code {"text": ...}} in Slack's mrkdwn, answered {@code 200 ok}. */
@ApplicationScoped
public class SlackChannel extends WebhookChannel {
    public SlackChannel() {
        super(ChannelName.SLACK, "Slack");
    }

    @Override
    AlertConfig.Webhook settings() {
        return config.slack();
    }

    @Override
    Map<String, Object> message(ReceivedAlert alert) {
        return Map.of("text", AlertMessages.slack(alert));
    }
}
