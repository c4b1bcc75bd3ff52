package dev.tradeguard.alert.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A text message to the owner's phone through Twilio's Messages API. */
@ApplicationScoped
public class SmsChannel implements AlertChannel {
    @Inject
    Twilio twilio;

    @Override
    public ChannelName name() {
        return ChannelName.SMS;
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
        twilio.sendSms(AlertMessages.sms(alert));
    }
}
