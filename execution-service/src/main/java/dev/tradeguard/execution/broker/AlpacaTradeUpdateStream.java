package dev.tradeguard.execution.broker;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker.StreamState;
import dev.tradeguard.execution.domain.Broker.TradeUpdateListener;
import dev.tradeguard.execution.domain.BrokerTradeUpdate;
import dev.tradeguard.execution.service.ExecutionMetrics;
import net.jacobpeterson.alpaca.model.endpoint.streaming.StreamingMessage;
import net.jacobpeterson.alpaca.model.endpoint.streaming.enums.StreamingMessageType;
import net.jacobpeterson.alpaca.model.endpoint.streaming.trade.TradeUpdate;
import net.jacobpeterson.alpaca.model.endpoint.streaming.trade.TradeUpdateMessage;
import net.jacobpeterson.alpaca.util.okhttp.WebsocketStateListener;
import net.jacobpeterson.alpaca.websocket.streaming.StreamingWebsocket;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.WebSocket;
import okio.ByteString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Alpaca's trade_updates stream with our own reconnection: every connection is a fresh {@link StreamingWebsocket}
 * (the library's own reconnect is off), and once the server confirms {@code listening} to trade_updates the listener
 * is told, so it can reconcile through REST whatever happened while the stream was down.
 */
final class AlpacaTradeUpdateStream {
    private static final Logger LOG = Logger.getLogger(AlpacaTradeUpdateStream.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final String hostSubdomain;
    private final String keyId;
    private final String secretKey;
    private final TradeUpdateListener listener;
    private final ExecutionConfig.Stream config;
    private final ExecutionMetrics metrics;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "trade-updates-stream");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger generation = new AtomicInteger();
    private volatile StreamState state = StreamState.NOT_STARTED;
    private volatile StreamingWebsocket websocket;
    private volatile boolean everSubscribed;
    private volatile boolean stopped;
    private volatile Duration nextDelay;

    AlpacaTradeUpdateStream(OkHttpClient http, String hostSubdomain, String keyId, String secretKey,
            TradeUpdateListener listener, ExecutionConfig.Stream config, ExecutionMetrics metrics) {
        this.http = http;
        this.hostSubdomain = hostSubdomain;
        this.keyId = keyId;
        this.secretKey = secretKey;
        this.listener = listener;
        this.config = config;
        this.metrics = metrics;
        this.nextDelay = config.reconnectDelay();
        metrics.streamState(() -> state);
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
        StreamingWebsocket current = websocket;
        if (current != null) {
            current.disconnect();
        }
        scheduler.shutdownNow();
    }

    private void connect() {
        if (stopped) {
            return;
        }
        int myGeneration = generation.incrementAndGet();
        state = StreamState.CONNECTING;
        StreamingWebsocket socket = new StreamingWebsocket(http, hostSubdomain, keyId, secretKey, null) {
            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                // Answer the server's close at once, so a drop is noticed now rather than at a TCP timeout.
                webSocket.close(code, reason);
            }

            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                super.onMessage(webSocket, bytes);
                // The library does not pass the "listening" acknowledgement on; it is the moment to reconcile.
                if (acknowledgesTradeUpdates(bytes.utf8())) {
                    subscribed(myGeneration);
                }
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                // Some Alpaca endpoints answer in text frames; the library reads binary ones only.
                onMessage(webSocket, ByteString.encodeUtf8(text));
            }
        };
        socket.setAutomaticallyReconnect(false);
        socket.setListener((type, message) -> onMessage(myGeneration, type, message));
        socket.setWebsocketStateListener(new WebsocketStateListener() {
            @Override
            public void onOpen(Response response) {
                scheduler.execute(() -> subscribe(myGeneration, socket));
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

    private void subscribe(int myGeneration, StreamingWebsocket socket) {
        try {
            if (!Boolean.TRUE.equals(socket.getAuthorizationFuture().get(10, TimeUnit.SECONDS))) {
                LOG.error("trade_updates stream: the broker refused the API keys");
                socket.disconnect();
                lost(myGeneration, "not authorized");
                return;
            }
            socket.streams(StreamingMessageType.TRADE_UPDATES);
        } catch (Exception e) {
            lost(myGeneration, "authorization failed: " + e);
        }
    }

    private void onMessage(int myGeneration, StreamingMessageType type, StreamingMessage message) {
        if (myGeneration != generation.get()) {
            return;
        }
        if (type == StreamingMessageType.TRADE_UPDATES && message instanceof TradeUpdateMessage update
                && update.getData() != null && update.getData().getOrder() != null) {
            TradeUpdate data = update.getData();
            try {
                listener.onTradeUpdate(new BrokerTradeUpdate(data.getEvent() == null ? null : data.getEvent().value(),
                        AlpacaBroker.instant(data.getTimestamp()), AlpacaBroker.decimal(data.getPrice()),
                        positionQuantity(data), AlpacaBroker.toOrder(data.getOrder())));
            } catch (RuntimeException e) {
                // Nothing is lost: the reconciliation after the next (re)connection reads the order through REST.
                LOG.errorf(e, "trade update for order %s could not be recorded", data.getOrder().getId());
            }
        }
    }

    static boolean acknowledgesTradeUpdates(String frame) {
        try {
            JsonNode message = JSON.readTree(frame);
            if (!"listening".equals(message.path("stream").asText())) {
                return false;
            }
            for (JsonNode stream : message.path("data").path("streams")) {
                if ("trade_updates".equals(stream.asText())) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private void subscribed(int myGeneration) {
        if (myGeneration != generation.get()) {
            return;
        }
        boolean reconnect = everSubscribed;
        everSubscribed = true;
        state = StreamState.SUBSCRIBED;
        nextDelay = config.reconnectDelay();
        LOG.infof("trade_updates stream subscribed%s", reconnect ? " again: reconciling through REST" : "");
        scheduler.execute(() -> listener.onSubscribed(reconnect));
    }

    private static BigDecimal positionQuantity(TradeUpdate data) {
        return AlpacaBroker.decimal(data.getPositionQuantity());
    }

    private void lost(int myGeneration, String why) {
        if (stopped || !generation.compareAndSet(myGeneration, myGeneration + 1)) {
            return;
        }
        state = StreamState.DISCONNECTED;
        metrics.streamReconnect();
        Duration delay = nextDelay;
        nextDelay = delay.multipliedBy(2).compareTo(config.maxReconnectDelay()) > 0 ? config.maxReconnectDelay()
                : delay.multipliedBy(2);
        LOG.warnf("trade_updates stream lost (%s); reconnecting in %s", why, delay);
        try {
            scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("stream stopped while reconnecting");
        }
    }
}
