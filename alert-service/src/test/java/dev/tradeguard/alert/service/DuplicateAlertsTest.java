package dev.tradeguard.alert.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import io.quarkus.test.junit.QuarkusTest;

/** Dedupe window: 5 minutes (default). */
@QuarkusTest
class DuplicateAlertsTest {
    @Inject
    DeliveryRepository deliveries;

    @Inject
    AlertIntakeService intake;

    @Test
    void repeatsOfTheSameTypeAccountAndSubjectWithinTheWindowAreCollapsed() {
        String account = TestAlerts.newAccount();
        String token = Fakes.token();
        Alert first = TestAlerts.publish(TestAlerts.alert(account, AlertType.STALE_DATA, "No snapshot " + token,
                "No account snapshot for 6 minutes", Map.of()));
        Alert repeat = TestAlerts.publish(TestAlerts.alert(account, AlertType.STALE_DATA, "No snapshot " + token,
                "No account snapshot for 7 minutes", Map.of()));
        Alert otherSubject = TestAlerts.publish(TestAlerts.alert(account, AlertType.STALE_DATA,
                "No quotes " + token, "No quote for JNJ for 6 minutes", Map.of()));
        TestAlerts.awaitSettled(deliveries, first);
        TestAlerts.awaitSettled(deliveries, otherSubject);

        List<ReceivedAlert> received = intake.received(account);
        assertEquals(3, received.size(), "every alert is on record");
        ReceivedAlert collapsed = received.stream().filter(a -> a.eventId().equals(repeat.eventId())).findFirst()
                .orElseThrow();
        assertEquals(first.eventId(), collapsed.collapsedInto());
        assertTrue(TestAlerts.deliveriesOf(deliveries, repeat.eventId()).isEmpty(),
                "a collapsed repeat is not delivered");
        assertEquals(1, Fakes.slack("No snapshot " + token).size());
        assertEquals(1, Fakes.emails("No snapshot " + token).size());
        assertEquals(1, Fakes.slack("No quotes " + token).size(), "another subject is another alert");
    }

    @Test
    void approvalRequestsAreNeverCollapsed() {
        String account = TestAlerts.newAccount();
        String token = Fakes.token();
        Alert first = TestAlerts.publish(TestAlerts.alert(account, AlertType.APPROVAL_REQUESTED,
                "Approve BUY 10 JNJ? " + token, "first", Map.of("approvalId", UUID.randomUUID().toString())));
        Alert second = TestAlerts.publish(TestAlerts.alert(account, AlertType.APPROVAL_REQUESTED,
                "Approve BUY 10 JNJ? " + token, "second", Map.of("approvalId", UUID.randomUUID().toString())));
        TestAlerts.awaitSettled(deliveries, first);
        TestAlerts.awaitSettled(deliveries, second);

        assertNull(intake.received(account).get(1).collapsedInto());
        assertEquals(2, Fakes.slack(token).size());
    }
}
