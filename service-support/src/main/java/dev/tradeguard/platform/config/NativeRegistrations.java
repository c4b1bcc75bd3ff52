package dev.tradeguard.platform.config;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.MarketDataStatus;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.validation.Violation;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * shared-model has no Quarkus dependency, so its records are registered for reflection here: Jackson reads and writes
 * them by reflection, which a native image allows only for registered classes.
 */
@RegisterForReflection(targets = { Recommendation.class, ApprovedOrder.class, TradingStateChanged.class,
        OrderUpdate.class, AccountSnapshot.class, AccountSnapshot.PositionSnapshot.class,
        AccountSnapshot.MarketClock.class, PositionChanged.class, MarketDataStatus.class, Alert.class, Violation.class })
public final class NativeRegistrations {
    private NativeRegistrations() {
    }
}
