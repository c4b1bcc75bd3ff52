package dev.tradeguard.brokersim.domain;

import java.time.Duration;

/** A portfolio-history resolution, spelled as Alpaca spells it. */
public enum Timeframe implements WireEnum {
    ONE_MINUTE("1Min", Duration.ofMinutes(1)),
    FIVE_MINUTES("5Min", Duration.ofMinutes(5)),
    FIFTEEN_MINUTES("15Min", Duration.ofMinutes(15)),
    ONE_HOUR("1H", Duration.ofHours(1)),
    ONE_DAY("1D", Duration.ofDays(1));

    private final String wire;
    private final Duration length;

    Timeframe(String wire, Duration length) {
        this.wire = wire;
        this.length = length;
    }

    @Override
    public String wire() {
        return wire;
    }

    public Duration length() {
        return length;
    }

    public boolean isIntraday() {
        return this != ONE_DAY;
    }

    /** Alpaca's default: 1Min below 7 days of period, 15Min below 30 days, else 1D. */
    public static Timeframe defaultFor(long periodDays) {
        if (periodDays < 7) {
            return ONE_MINUTE;
        }
        return periodDays < 30 ? FIFTEEN_MINUTES : ONE_DAY;
    }
}
