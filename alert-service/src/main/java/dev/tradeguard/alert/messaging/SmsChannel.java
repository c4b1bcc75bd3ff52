package dev.tradeguard.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** A text message to the owner's phone through Twilio's Messages API. */
@ApplicationScoped
public class SmsChannel extends TwilioChannel {
    public SmsChannel() {
        super(ChannelName.SMS);
    }

    @Override
    public void send(ReceivedAlert alert) throws DeliveryException {
        twilio.sendSms(AlertMessages.sms(alert));
    }
}
