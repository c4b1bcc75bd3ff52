package dev.tradeguard.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A voice call to the owner's phone through Twilio's Calls API, reading the alert out (inline TwiML). */
@ApplicationScoped
public class PhoneChannel extends TwilioChannel {
    public PhoneChannel() {
        super(ChannelName.PHONE);
    }

    @Override
    public void send(ReceivedAlert alert) throws DeliveryException {
        twilio.call(AlertMessages.voiceTwiml(alert));
    }
}
