package dev.tradeguard.brokersim.messaging;

import io.quarkus.websockets.next.WebSocketConnection;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One market-data websocket: its feed, its encoding, whether it authenticated, and what it subscribed to. Mutated by
 * the socket's own (serial) message handling and read by the publishing threads, hence synchronized.
 */
final class MarketDataSession {

    /** Alpaca's subscribable channels, by the key a subscribe message names them with. */
    enum Channel {
        TRADES("trades"), QUOTES("quotes"), BARS("bars");

        final String key;

        Channel(String key) {
            this.key = key;
        }
    }

    static final String EVERY_SYMBOL = "*";

    final WebSocketConnection connection;
    final String feed;
    final MarketDataEncoding encoding;
    private final Map<Channel, Set<String>> subscriptions = new EnumMap<>(Channel.class);
    private boolean authenticated;

    MarketDataSession(WebSocketConnection connection, String feed, MarketDataEncoding encoding) {
        this.connection = connection;
        this.feed = feed;
        this.encoding = encoding;
        for (Channel channel : Channel.values()) {
            subscriptions.put(channel, new LinkedHashSet<>());
        }
    }

    synchronized boolean authenticated() {
        return authenticated;
    }

    synchronized void markAuthenticated() {
        authenticated = true;
    }

    synchronized boolean wants(Channel channel, String symbol) {
        Set<String> symbols = subscriptions.get(channel);
        return authenticated && (symbols.contains(symbol) || symbols.contains(EVERY_SYMBOL));
    }

    synchronized List<String> subscribed(Channel channel) {
        return List.copyOf(subscriptions.get(channel));
    }

    /**
     * Adds (or removes) the given symbols; refuses, changing nothing, when the trade plus quote channels would exceed
     * {@code limit} (0 = none).
     */
    synchronized boolean change(Map<Channel, Collection<String>> request, boolean subscribe, int limit) {
        Map<Channel, Set<String>> next = new EnumMap<>(Channel.class);
        subscriptions.forEach((channel, symbols) -> next.put(channel, new LinkedHashSet<>(symbols)));
        request.forEach((channel, symbols) -> {
            for (String symbol : symbols) {
                String key = symbol.toUpperCase(Locale.ROOT);
                if (subscribe) {
                    next.get(channel).add(key);
                } else {
                    next.get(channel).remove(key);
                }
            }
        });
        int channels = next.get(Channel.TRADES).size() + next.get(Channel.QUOTES).size();
        if (subscribe && limit > 0 && channels > limit) {
            return false;
        }
        subscriptions.putAll(next);
        return true;
    }
}
