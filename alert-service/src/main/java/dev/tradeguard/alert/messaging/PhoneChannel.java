package dev.tradeguard.alert.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A voice call to the owner's phone through Twilio's Calls API, reading the alert out (inline TwiML). */
@ApplicationScoped
public class PhoneChannel implements AlertChannel {
    @Inject
    Twilio twilio;

    @Override
    public ChannelName name() {
        return ChannelName.PHONE;
    }

    @Override
    public Optional<String> disabledReason() {
        return twilio.disabledReason();
    }

    @Override
    public int ratePerSecond() {
        return twilio.ratePerSecond();
    }

    @Override
    public void send(ReceivedAlert alert) throws DeliveryException {
        twilio.call(AlertMessages.voiceTwiml(alert));
    }
}
