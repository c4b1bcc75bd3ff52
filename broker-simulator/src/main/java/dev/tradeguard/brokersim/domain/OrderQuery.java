package dev.tradeguard.brokersim.domain;

import java.time.Instant;
import java.util.Set;

/** GET /v2/orders filters; {@code status} is open, closed or all; null instants and symbols do not filter. */
public record OrderQuery(String status, int limit, Instant after, Instant until, boolean ascending, boolean nested,
                         Set<String> symbols) {

    public static OrderQuery all() {
        return new OrderQuery("all", 500, null, null, false, false, null);
    }
}
