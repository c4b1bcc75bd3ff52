package dev.tradeguard.alert.messaging;

import java.util.Optional;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;

/** A way to reach people. Implementations hold their own credentials and never put them in logs or errors. */
public interface AlertChannel {
    ChannelName name();

    /** Empty when the channel can deliver; otherwise why not (e.g. which setting is missing), never a secret. */
    Optional<String> disabledReason();

    default boolean enabled() {
        return disabledReason().isEmpty();
    }

    /** Deliveries per second the channel's service accepts. */
    int ratePerSecond();

    /** Delivers the alert, or throws saying whether trying again may help. */
    void send(ReceivedAlert alert) throws DeliveryException;
}
