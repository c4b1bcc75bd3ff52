package dev.tradeguard.execution.broker;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker.MarketDataListener;
import dev.tradeguard.execution.domain.Broker.StreamState;
import dev.tradeguard.execution.service.ExecutionMetrics;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.MarketDataMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.SymbolMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.control.ErrorMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.enums.MarketDataMessageType;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.trade.TradeMessage;
import net.jacobpeterson.alpaca.model.properties.DataAPIType;
import net.jacobpeterson.alpaca.util.okhttp.WebsocketStateListener;
import net.jacobpeterson.alpaca.websocket.marketdata.stock.StockMarketDataWebsocket;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.WebSocket;
import okio.ByteString;

/**
 * Alpaca's real-time stock data stream ({@code /v2/iex} or {@code /v2/sip}) through alpaca-java's
 * {@link StockMarketDataWebsocket}, with our own reconnection as {@link AlpacaTradeUpdateStream} has: every connection is
 * a fresh websocket (the library's reconnect is off, its sleeps and attempt limit are not ours), and once it has
 * authenticated it subscribes trades and quotes of every wanted symbol again. Subscription changes run on the stream's
 * one thread, so subscribe and unsubscribe never interleave with a reconnect.
 */
final class AlpacaMarketDataStream {
    private static final Logger LOG = Logger.getLogger(AlpacaMarketDataStream.class);

    private final OkHttpClient http;
    private final DataAPIType feed;
    private final String keyId;
    private final String secretKey;
    private final MarketDataListener listener;
    private final ExecutionConfig.Stream config;
    private final ExecutionMetrics metrics;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "market-data-stream");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger generation = new AtomicInteger();
    /** What should stream; changed by any thread, applied on the stream's thread. */
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    /** What this connection asked the server for (stream thread only). */
    private final Set<String> requested = new HashSet<>();
    private volatile StreamState state = StreamState.NOT_STARTED;
    private volatile StockMarketDataWebsocket websocket;
    private volatile boolean stopped;
    private volatile Duration nextDelay;

    AlpacaMarketDataStream(OkHttpClient http, DataAPIType feed, String keyId, String secretKey,
            MarketDataListener listener, ExecutionConfig.Stream config, ExecutionMetrics metrics) {
        this.http = http;
        this.feed = feed;
        this.keyId = keyId;
        this.secretKey = secretKey;
        this.listener = listener;
        this.config = config;
        this.metrics = metrics;
        this.nextDelay = config.reconnectDelay();
        metrics.marketDataState(() -> state);
    }

    StreamState state() {
        return state;
    }

    void start() {
        scheduler.execute(this::connect);
    }

    void stop() {
        stopped = true;
        state = StreamState.STOPPED;
        StockMarketDataWebsocket current = websocket;
        if (current != null) {
            current.disconnect();
        }
        scheduler.shutdownNow();
    }

    void streamSymbols(Set<String> symbols) {
        wanted.retainAll(symbols);
        wanted.addAll(symbols);
        execute(() -> applySubscriptions(generation.get()));
    }

    private void connect() {
        if (stopped) {
            return;
        }
        int myGeneration = generation.incrementAndGet();
        state = StreamState.CONNECTING;
        requested.clear();
        StockMarketDataWebsocket socket = new StockMarketDataWebsocket(http, feed, keyId, secretKey) {
            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                // Answer the server's close at once, so a drop is noticed now rather than at a TCP timeout.
                webSocket.close(code, reason);
            }

            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                // The library reads text frames only; a server may send the same JSON in binary frames.
                onMessage(webSocket, bytes.utf8());
            }
        };
        socket.setAutomaticallyReconnect(false);
        socket.subscribeToControl(MarketDataMessageType.ERROR);
        socket.setListener((type, message) -> onMessage(myGeneration, type, message));
        socket.setWebsocketStateListener(new WebsocketStateListener() {
            @Override
            public void onOpen(Response response) {
                // The library sends the auth message itself on open (onConnection).
                execute(() -> authenticated(myGeneration, socket));
            }

            @Override
            public void onClosed(int code, String reason) {
                lost(myGeneration, "closed " + code + " " + reason);
            }

            @Override
            public void onFailure(Throwable failure) {
                lost(myGeneration, String.valueOf(failure));
            }
        });
        websocket = socket;
        socket.connect();
    }

    private void authenticated(int myGeneration, StockMarketDataWebsocket socket) {
        try {
            if (!Boolean.TRUE.equals(socket.getAuthorizationFuture().get(10, TimeUnit.SECONDS))) {
                LOG.error("market-data stream: the broker refused the API keys");
                socket.disconnect();
                lost(myGeneration, "not authorized");
                return;
            }
        } catch (Exception e) {
            socket.disconnect();
            lost(myGeneration, "authorization failed: " + e);
            return;
        }
        if (myGeneration != generation.get()) {
            return;
        }
        state = StreamState.SUBSCRIBED;
        nextDelay = config.reconnectDelay();
        applySubscriptions(myGeneration);
        LOG.infof("market-data stream (%s) authenticated; streaming %s", feed, requested);
        listener.onConnected();
    }

    /** Sends the difference between what is wanted and what this connection asked for (stream thread only). */
    private void applySubscriptions(int myGeneration) {
        StockMarketDataWebsocket socket = websocket;
        if (myGeneration != generation.get() || state != StreamState.SUBSCRIBED || socket == null) {
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
            LOG.warnf("market-data subscription update failed: %s", e.getMessage());
        }
    }

    private void onMessage(int myGeneration, MarketDataMessageType type, MarketDataMessage message) {
        if (myGeneration != generation.get()) {
            return;
        }
        if (type == MarketDataMessageType.TRADE && message instanceof TradeMessage trade
                && trade.getSymbol() != null && trade.getPrice() != null) {
            // The model carries a double; Double.toString gives its shortest exact decimal form.
            listener.onTrade(trade.getSymbol(), new BigDecimal(Double.toString(trade.getPrice())).stripTrailingZeros(),
                    AlpacaBroker.instant(trade.getTimestamp()));
        } else if (message instanceof SymbolMessage symbolMessage && symbolMessage.getSymbol() != null) {
            listener.onQuote(symbolMessage.getSymbol());
        } else if (message instanceof ErrorMessage error) {
            LOG.warnf("market-data stream error %s: %s", error.getCode(), error.getMessage());
        }
    }

    private void lost(int myGeneration, String why) {
        if (stopped || !generation.compareAndSet(myGeneration, myGeneration + 1)) {
            return;
        }
        state = StreamState.DISCONNECTED;
        metrics.marketDataReconnect();
        Duration delay = nextDelay;
        nextDelay = delay.multipliedBy(2).compareTo(config.maxReconnectDelay()) > 0 ? config.maxReconnectDelay()
                : delay.multipliedBy(2);
        LOG.warnf("market-data stream lost (%s); reconnecting in %s", why, delay);
        try {
            listener.onDisconnected(why);
        } catch (RuntimeException e) {
            LOG.errorf(e, "market-data listener failed on the disconnect");
        }
        try {
            scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("market-data stream stopped while reconnecting");
        }
    }

    private void execute(Runnable task) {
        try {
            scheduler.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("market-data stream stopped");
        }
    }
}
