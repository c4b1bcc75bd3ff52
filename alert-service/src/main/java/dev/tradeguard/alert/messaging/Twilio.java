package dev.tradeguard.alert.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.config.AlertConfig;

/** The Twilio account SMS and phone calls go through; credentials stay in here. */
@ApplicationScoped
public class Twilio {
    @Inject
    AlertConfig config;

    private TwilioApi api;
    private String authorization;

    @PostConstruct
    void connect() {
        if (missingSettings().isEmpty()) {
            AlertConfig.Twilio twilio = config.twilio();
            api = HttpCalls.client(twilio.baseUrl(), TwilioApi.class, config.delivery().requestTimeout());
            authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (twilio.accountSid().orElseThrow() + ":" + twilio.authToken().orElseThrow())
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    Optional<String> disabledReason() {
        List<String> missing = missingSettings();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("Twilio not configured: missing " + String.join(", ", missing));
    }

    private List<String> missingSettings() {
        AlertConfig.Twilio twilio = config.twilio();
        List<String> missing = new ArrayList<>();
        if (twilio.accountSid().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("tradeguard.alert.twilio.account-sid");
        }
        if (twilio.authToken().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("tradeguard.alert.twilio.auth-token");
        }
        if (twilio.from().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("tradeguard.alert.twilio.from");
        }
        if (twilio.to().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("tradeguard.alert.twilio.to");
        }
        return missing;
    }

    int ratePerSecond() {
        return config.twilio().ratePerSecond();
    }

    void sendSms(String body) throws DeliveryException {
        AlertConfig.Twilio twilio = config.twilio();
        HttpCalls.expectSuccess("Twilio (SMS)", () -> api.createMessage(twilio.accountSid().orElseThrow(),
                authorization, twilio.to().orElseThrow(), twilio.from().orElseThrow(), body));
    }

    void call(String twiml) throws DeliveryException {
        AlertConfig.Twilio twilio = config.twilio();
        HttpCalls.expectSuccess("Twilio (call)", () -> api.createCall(twilio.accountSid().orElseThrow(),
                authorization, twilio.to().orElseThrow(), twilio.from().orElseThrow(), twiml));
    }
}
