package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.Asset;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.Watchlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The account's watchlists, in memory and gone with a reset. Names are unique per account and at most 64 characters;
 * each symbol must be a simulated asset and appears at most once in a list. Times are the simulator's clock.
 */
public final class Watchlists {

    static final int MAX_NAME_LENGTH = 64;

    private final String accountId;
    private final AssetCatalog assets;
    private final Supplier<Instant> clock;
    private final Map<String, Watchlist> byId = new LinkedHashMap<>();

    public Watchlists(String accountId, AssetCatalog assets, Supplier<Instant> clock) {
        this.accountId = accountId;
        this.assets = assets;
        this.clock = clock;
    }

    public synchronized void clear() {
        byId.clear();
    }

    /** Oldest first. */
    public synchronized List<Watchlist> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Watchlist create(String name, List<String> symbols) {
        requireFreeName(name, null);
        Instant now = clock.get();
        Watchlist created = new Watchlist(UUID.randomUUID().toString(), accountId, name, now, now, symbols(symbols));
        byId.put(created.id(), created);
        return created;
    }

    public synchronized Watchlist get(String id) {
        Watchlist watchlist = byId.get(id);
        if (watchlist == null) {
            throw BrokerRejection.notFound("watchlist not found: " + id);
        }
        return watchlist;
    }

    public synchronized Watchlist byName(String name) {
        return byId.values().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> BrokerRejection.notFound("watchlist not found: name " + name));
    }

    /** Renames and, when {@code symbols} is given, replaces the content. */
    public synchronized Watchlist update(String id, String name, List<String> symbols) {
        Watchlist old = get(id);
        requireFreeName(name, id);
        return store(new Watchlist(id, accountId, name, old.createdAt(), clock.get(),
                symbols == null ? old.symbols() : symbols(symbols)));
    }

    public synchronized Watchlist add(String id, String symbol) {
        Watchlist old = get(id);
        List<String> symbols = new ArrayList<>(old.symbols());
        symbols.add(symbol);
        return store(new Watchlist(id, accountId, old.name(), old.createdAt(), clock.get(), symbols(symbols)));
    }

    public synchronized Watchlist remove(String id, String symbol) {
        Watchlist old = get(id);
        String known = asset(symbol).symbol();
        if (!old.symbols().contains(known)) {
            throw BrokerRejection.notFound("symbol " + known + " is not in watchlist " + old.name());
        }
        List<String> symbols = new ArrayList<>(old.symbols());
        symbols.remove(known);
        return store(new Watchlist(id, accountId, old.name(), old.createdAt(), clock.get(), symbols));
    }

    public synchronized void delete(String id) {
        get(id);
        byId.remove(id);
    }

    public Asset asset(String symbol) {
        return assets.find(symbol)
                .orElseThrow(() -> BrokerRejection.invalid("asset not found for " + symbol));
    }

    private Watchlist store(Watchlist watchlist) {
        byId.put(watchlist.id(), watchlist);
        return watchlist;
    }

    private void requireFreeName(String name, String exceptId) {
        if (name == null || name.isBlank()) {
            throw BrokerRejection.invalid("name is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw BrokerRejection.invalid("name must be at most " + MAX_NAME_LENGTH + " characters, got "
                    + name.length());
        }
        boolean taken = byId.values().stream().anyMatch(w -> w.name().equals(name) && !w.id().equals(exceptId));
        if (taken) {
            throw BrokerRejection.invalid("watchlist name must be unique: " + name);
        }
    }

    private List<String> symbols(List<String> requested) {
        List<String> symbols = new ArrayList<>();
        for (String symbol : requested) {
            String known = asset(symbol).symbol();
            if (symbols.contains(known)) {
                throw BrokerRejection.invalid("symbol " + known + " is already in the watchlist");
            }
            symbols.add(known);
        }
        return symbols;
    }
}
