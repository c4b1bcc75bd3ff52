package dev.tradeguard.alert.domain;

/** Whether a channel can deliver, and if not why; never its credentials. */
public record ChannelState(String channel, boolean enabled, String reason, int ratePerSecond) {
}
