package dev.tradeguard.alert.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.WakeUpsOnlyProfile;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A new alert is sent as soon as its deliveries commit, not at the dispatcher's next periodic run: with the period set
 * to ten minutes, only the wake-up after the commit can deliver it within seconds.
 */
@QuarkusTest
@TestProfile(WakeUpsOnlyProfile.class)
class ImmediateDispatchTest {
    @Inject
    DeliveryRepository deliveries;

    @Test
    void aNewAlertIsDeliveredRightAfterItsDeliveriesCommitNotAtTheNextPeriodicRun() {
        Alert alert = TestAlerts.publish(TestAlerts.alert(AlertType.TRADING_HALTED,
                "Trading halted " + Fakes.token(), "Daily loss 2.1% exceeds 2%"));

        List<Delivery> sent = await("the file delivery sent long before the 10 min period")
                .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> TestAlerts.deliveriesOf(deliveries, alert.eventId()).stream()
                        .filter(d -> d.channel() == ChannelName.FILE && d.status() == DeliveryStatus.SENT).toList(),
                        found -> !found.isEmpty());
        assertEquals(1, sent.size());
    }
}
