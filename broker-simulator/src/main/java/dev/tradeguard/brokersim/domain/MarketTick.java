package dev.tradeguard.brokersim.domain;

import java.util.Optional;

/**
 * A change of a symbol's last price, as market-data subscribers see it: a trade, and the minute bar it closed when the
 * price came from the path (none when it was set by hand or restarted by a reset).
 */
public record MarketTick(Trade trade, Bar closedBar) {

    public static MarketTick of(Trade trade) {
        return new MarketTick(trade, null);
    }

    public Optional<Bar> minuteBar() {
        return Optional.ofNullable(closedBar);
    }
}
