package dev.tradeguard.alert.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

/**
 * An alert alert-service has taken responsibility for delivering.
 *
 * @param alertType null only for a channel test message, which is no alert of the system
 * @param collapsedInto the earlier alert of the same type, account and subject this one repeated within the dedupe
 *        window; such an alert is recorded but not delivered again
 */
public record ReceivedAlert(UUID eventId, String accountId, String strategy, AlertType alertType, Priority priority,
        String subject, String message, Map<String, String> details, Instant occurredAt, UUID collapsedInto) {

    public String detail(String key) {
        return details == null ? null : details.get(key);
    }

    /** The message POST /channels/{channel}/test sends: proof that the channel reaches people. */
    public static ReceivedAlert testMessage(String requestedBy, Instant now) {
        return new ReceivedAlert(UUID.randomUUID(), "-", null, null, Priority.INFO, "TradeGuard test message",
                "Notifications are working: this test was requested by " + requestedBy + " at " + now + ".",
                Map.of(), now, null);
    }
}
