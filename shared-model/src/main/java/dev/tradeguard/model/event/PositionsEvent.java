package dev.tradeguard.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event on the {@code positions} topic. Since schema version 2 each names its kind in {@code kind}; a version 1
 * record has none and is always an {@link AccountSnapshot}, the only kind version 1 had. Read them with
 * {@link dev.tradeguard.model.serde.EventJson#decodePositionsEvent}, never as one concrete type: a consumer that
 * cannot tell a snapshot from a change would replace a whole account with one position.
 */
public sealed interface PositionsEvent extends TradingEvent permits AccountSnapshot, PositionChanged, MarketDataStatus {

    @JsonProperty("kind")
    PositionsEventKind kind();

    @Override
    default boolean strategyRequired() {
        return false;
    }
}
