package dev.tradeguard.brokersim.domain;

import java.time.Instant;
import java.util.List;

/** A named, ordered list of symbols, as the watchlist API keeps them. */
public record Watchlist(String id, String accountId, String name, Instant createdAt, Instant updatedAt,
                        List<String> symbols) {

    public Watchlist {
        symbols = List.copyOf(symbols);
    }
}
