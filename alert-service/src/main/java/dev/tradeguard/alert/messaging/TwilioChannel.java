package dev.tradeguard.alert.messaging;

import java.util.Optional;

import jakarta.inject.Inject;

import dev.tradeguard.alert.domain.ChannelName;

/** A channel to the owner's phone through the Twilio account (SMS, voice call): enabled and rate-limited with it. */
abstract class TwilioChannel implements AlertChannel {
    @Inject
    Twilio twilio;

    private final ChannelName name;

    protected TwilioChannel(ChannelName name) {
        this.name = name;
    }

    @Override
    public ChannelName name() {
        return name;
    }

    @Override
    public Optional<String> disabledReason() {
        return twilio.disabledReason();
    }

    @Override
    public int ratePerSecond() {
        return twilio.ratePerSecond();
    }
}
