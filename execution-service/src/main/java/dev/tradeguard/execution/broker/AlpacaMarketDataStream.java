package dev.tradeguard.execution.broker;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker.MarketDataListener;
import dev.tradeguard.execution.domain.Broker.StreamState;
import dev.tradeguard.execution.service.ExecutionMetrics;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.MarketDataMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.SymbolMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.control.ErrorMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.control.SubscriptionsMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.enums.MarketDataMessageType;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.trade.TradeMessage;
import net.jacobpeterson.alpaca.model.properties.DataAPIType;
import net.jacobpeterson.alpaca.websocket.marketdata.stock.StockMarketDataWebsocket;
import okhttp3.OkHttpClient;
import okhttp3.WebSocket;
import okio.ByteString;

/**
 * Alpaca's real-time stock data stream ({@code /v2/iex} or {@code /v2/sip}) on alpaca-java's
 * {@link StockMarketDataWebsocket}, reconnected by {@link ReconnectingStream}: once a connection has authenticated it
 * subscribes trades and quotes of every wanted symbol again. Subscription changes run on the stream's one thread, so
 * subscribe and unsubscribe never interleave with a reconnect.
 */
final class AlpacaMarketDataStream extends ReconnectingStream<StockMarketDataWebsocket> {
    private final OkHttpClient http;
    private final DataAPIType feed;
    private final String keyId;
    private final String secretKey;
    private final MarketDataListener listener;
    /** What should stream; changed by any thread, applied on the stream's thread. */
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    /** What this connection asked the server for (stream thread only). */
    private final Set<String> requested = new HashSet<>();
    /** The trades the server last confirmed on this connection (its reader thread; reset for each connection). */
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

    AlpacaMarketDataStream(OkHttpClient http, DataAPIType feed, String keyId, String secretKey,
            MarketDataListener listener, ExecutionConfig.Stream config, ExecutionMetrics metrics) {
        super("market-data", "market-data-stream", config, metrics::marketDataReconnect);
        this.http = http;
        this.feed = feed;
        this.keyId = keyId;
        this.secretKey = secretKey;
        this.listener = listener;
        metrics.marketDataState(this::state);
    }

    void streamSymbols(Set<String> symbols) {
        wanted.retainAll(symbols);
        wanted.addAll(symbols);
        execute(() -> applySubscriptions(generation()));
    }

    @Override
    protected StockMarketDataWebsocket newSocket(int myGeneration) {
        requested.clear();
        confirmed.clear();
        StockMarketDataWebsocket socket = new StockMarketDataWebsocket(http, feed, keyId, secretKey) {
            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                answerClose(webSocket, code, reason);
            }

            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                // The library reads text frames only; a server may send the same JSON in binary frames.
                onMessage(webSocket, bytes.utf8());
            }
        };
        socket.subscribeToControl(MarketDataMessageType.ERROR, MarketDataMessageType.SUBSCRIPTION);
        socket.setListener((type, message) -> onMessage(myGeneration, type, message));
        return socket;
    }

    /** The library sends the auth message itself on open (onConnection); this waits for its answer. */
    @Override
    protected void opened(int myGeneration, StockMarketDataWebsocket socket) {
        try {
            if (!authorized(myGeneration, socket)) {
                return;
            }
        } catch (Exception e) {
            socket.disconnect();
            lost(myGeneration, "authorization failed: " + e);
            return;
        }
        if (!subscribed(myGeneration)) {
            return;
        }
        applySubscriptions(myGeneration);
        log.infof("market-data stream (%s) authenticated; streaming %s", feed, requested);
        listener.onConnected();
    }

    @Override
    protected void disconnected(String why) {
        try {
            listener.onDisconnected(why);
        } catch (RuntimeException e) {
            log.errorf(e, "market-data listener failed on the disconnect");
        }
    }

    /** Sends the difference between what is wanted and what this connection asked for (stream thread only). */
    private void applySubscriptions(int myGeneration) {
        StockMarketDataWebsocket socket = socket();
        if (!isCurrent(myGeneration) || state() != StreamState.SUBSCRIBED || socket == null) {
            return;
        }
        Set<String> target = Set.copyOf(wanted);
        List<String> add = target.stream().filter(symbol -> !requested.contains(symbol)).sorted().toList();
        List<String> remove = requested.stream().filter(symbol -> !target.contains(symbol)).sorted().toList();
        try {
            if (!add.isEmpty()) {
                socket.subscribe(add, add, null);
                requested.addAll(add);
            }
            if (!remove.isEmpty()) {
                socket.unsubscribe(remove, remove, null);
                requested.removeAll(remove);
            }
        } catch (RuntimeException e) {
            // Not connected any more: the reconnect subscribes everything wanted again.
            log.warnf("market-data subscription update failed: %s", e.getMessage());
        }
    }

    private void onMessage(int myGeneration, MarketDataMessageType type, MarketDataMessage message) {
        if (!isCurrent(myGeneration)) {
            return;
        }
        if (type == MarketDataMessageType.TRADE && message instanceof TradeMessage trade
                && trade.getSymbol() != null && trade.getPrice() != null) {
            // The model carries a double; Double.toString gives its shortest exact decimal form.
            listener.onTrade(trade.getSymbol(), new BigDecimal(Double.toString(trade.getPrice())).stripTrailingZeros(),
                    AlpacaBroker.instant(trade.getTimestamp()));
        } else if (message instanceof SymbolMessage symbolMessage && symbolMessage.getSymbol() != null) {
            listener.onQuote(symbolMessage.getSymbol());
        } else if (message instanceof SubscriptionsMessage subscriptions && subscriptions.getTrades() != null) {
            // Alpaca streams the trades printed after it confirmed a subscription, never the last one before it.
            Set<String> newly = new HashSet<>(subscriptions.getTrades());
            newly.removeAll(confirmed);
            confirmed.retainAll(subscriptions.getTrades());
            confirmed.addAll(newly);
            if (!newly.isEmpty()) {
                listener.onSubscribed(Set.copyOf(newly));
            }
        } else if (message instanceof ErrorMessage error) {
            log.warnf("market-data stream error %s: %s", error.getCode(), error.getMessage());
        }
    }
}
