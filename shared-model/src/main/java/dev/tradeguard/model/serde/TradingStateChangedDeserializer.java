package dev.tradeguard.model.serde;

import dev.tradeguard.model.event.TradingStateChanged;

public class TradingStateChangedDeserializer extends EventDeserializer<TradingStateChanged> {
    public TradingStateChangedDeserializer() {
        super(TradingStateChanged.class);
    }
}
