package dev.tradeguard.alert;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Alerts as the other services raise them, published on the real topic. */
public final class TestAlerts {
    private TestAlerts() {
    }

    public static Alert alert(String account, AlertType type, String subject, String message,
            Map<String, String> details) {
        return Alert.of(Envelope.create(account, "DEE-BOT", "rec-" + subject.hashCode()), type, subject, message,
                details);
    }

    /** An alert with no details on an account of its own, so no other test's alert collapses into it. */
    public static Alert alert(AlertType type, String subject, String message) {
        return alert(newAccount(), type, subject, message, Map.of());
    }

    /** An account no other test uses. */
    public static String newAccount() {
        return "ACC-" + UUID.randomUUID();
    }

    public static Alert publish(Alert alert) {
        TestKafka.send(Topics.ALERTS, alert.accountId(), EventJson.toJson(alert));
        return alert;
    }

    /** Waits until the alert has deliveries and every one of them is final; returns them. */
    public static List<Delivery> awaitSettled(DeliveryRepository deliveries, Alert alert) {
        return await("deliveries of " + alert.alertType() + " " + alert.subject() + " settle")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveriesOf(deliveries, alert.eventId()),
                        found -> !found.isEmpty() && found.stream().allMatch(d -> d.status().isFinal()));
    }

    /** The one of {@code deliveries} on {@code channel}. */
    public static Delivery on(List<Delivery> deliveries, ChannelName channel) {
        return deliveries.stream().filter(d -> d.channel() == channel).findFirst().orElseThrow(
                () -> new AssertionError("no delivery on " + channel + " in " + deliveries));
    }

    /**
     * The alert's deliveries as committed now, read in a transaction of its own: the repositories need one, and
     * neither Awaitility's polling thread nor a test method has one.
     */
    public static List<Delivery> deliveriesOf(DeliveryRepository deliveries, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.findByEvent(eventId));
    }
}
