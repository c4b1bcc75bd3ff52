package dev.tradeguard.alert;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;

/** Alerts as the other services raise them, published on the real topic. */
public final class TestAlerts {
    private TestAlerts() {
    }

    public static Alert alert(String account, AlertType type, String subject, String message,
            Map<String, String> details) {
        return Alert.of(Envelope.create(account, "DEE-BOT", "rec-" + subject.hashCode()), type, subject, message,
                details);
    }

    public static Alert publish(Alert alert) {
        TestKafka.send(Topics.ALERTS, alert.accountId(), EventJson.toJson(alert));
        return alert;
    }

    /** Waits until the alert has deliveries and every one of them is final; returns them. */
    public static List<Delivery> awaitSettled(DeliveryRepository deliveries, Alert alert) {
        return await("deliveries of " + alert.alertType() + " " + alert.subject() + " settle")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveries.findByEvent(alert.eventId()),
                        found -> !found.isEmpty() && found.stream().allMatch(d -> d.status().isFinal()));
    }
}
