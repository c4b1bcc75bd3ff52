package dev.tradeguard.brokersim.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account's equity as the simulator's clock moved: a point whenever it changed (a revealed bar, a price set by
 * hand, a fill), one per instant, in time order. Portfolio history reads it back "as of" any moment since the account
 * opened. Not thread-safe: {@link PaperBroker} owns it and calls it under its lock.
 */
public final class EquityHistory {

    private final Instant openedAt;
    private final List<Instant> times = new ArrayList<>();
    private final List<BigDecimal> values = new ArrayList<>();

    public EquityHistory(Instant openedAt, BigDecimal openingEquity) {
        this.openedAt = openedAt;
        times.add(openedAt);
        values.add(openingEquity);
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** Records the equity at {@code at}; a later value at the same instant replaces the earlier one. */
    public void record(Instant at, BigDecimal equity) {
        int last = times.size() - 1;
        // The broker's lock orders everything it books, so an earlier instant can only be a bar ending before a
        // price set by hand at the same catch-up; it belongs to the latest instant recorded.
        Instant when = at.isBefore(times.get(last)) ? times.get(last) : at;
        if (values.get(last).compareTo(equity) == 0) {
            return;
        }
        if (times.get(last).equals(when)) {
            values.set(last, equity);
        } else {
            times.add(when);
            values.add(equity);
        }
    }

    /** The equity at {@code at} (the last change at or before it), or empty before the account opened. */
    public Optional<BigDecimal> asOf(Instant at) {
        if (at.isBefore(openedAt)) {
            return Optional.empty();
        }
        int low = 0;
        int high = times.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (times.get(middle).isAfter(at)) {
                high = middle - 1;
            } else {
                low = middle;
            }
        }
        return Optional.of(values.get(low));
    }

    /** How many changes are held: memory grows with activity, not with time while nothing moves. */
    public int size() {
        return times.size();
    }
}
