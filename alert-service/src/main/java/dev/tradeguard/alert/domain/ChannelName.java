package dev.tradeguard.alert.domain;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an alert can go. {@link #id()} is the name used in configuration, the delivery log and REST paths. */
public enum ChannelName {
    EMAIL, SMS, PHONE, SLACK, DISCORD,
    /** Readable lines in a local file (and the service log): the paper-trading demo's channel, no credentials. */
    FILE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelName> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
