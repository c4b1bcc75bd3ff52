package dev.tradeguard.execution.broker;

import java.math.BigDecimal;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker.TradeUpdateListener;
import dev.tradeguard.execution.domain.BrokerTradeUpdate;
import dev.tradeguard.execution.service.ExecutionMetrics;
import net.jacobpeterson.alpaca.model.endpoint.streaming.StreamingMessage;
import net.jacobpeterson.alpaca.model.endpoint.streaming.enums.StreamingMessageType;
import net.jacobpeterson.alpaca.model.endpoint.streaming.trade.TradeUpdate;
import net.jacobpeterson.alpaca.model.endpoint.streaming.trade.TradeUpdateMessage;
import net.jacobpeterson.alpaca.websocket.streaming.StreamingWebsocket;
import okhttp3.OkHttpClient;
import okhttp3.WebSocket;
import okio.ByteString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Alpaca's trade_updates stream on a {@link StreamingWebsocket}, reconnected by {@link ReconnectingStream}: once the
 * server confirms {@code listening} to trade_updates the listener is told, so it can reconcile through REST whatever
 * happened while the stream was down.
 */
final class AlpacaTradeUpdateStream extends ReconnectingStream<StreamingWebsocket> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final String hostSubdomain;
    private final String keyId;
    private final String secretKey;
    private final TradeUpdateListener listener;
    private volatile boolean everSubscribed;

    AlpacaTradeUpdateStream(OkHttpClient http, String hostSubdomain, String keyId, String secretKey,
            TradeUpdateListener listener, ExecutionConfig.Stream config, ExecutionMetrics metrics) {
        super("trade_updates", "trade-updates-stream", config, metrics::streamReconnect);
        this.http = http;
        this.hostSubdomain = hostSubdomain;
        this.keyId = keyId;
        this.secretKey = secretKey;
        this.listener = listener;
        metrics.streamState(this::state);
    }

    @Override
    protected StreamingWebsocket newSocket(int myGeneration) {
        StreamingWebsocket socket = new StreamingWebsocket(http, hostSubdomain, keyId, secretKey, null) {
            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                answerClose(webSocket, code, reason);
            }

            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                super.onMessage(webSocket, bytes);
                // The library does not pass the "listening" acknowledgement on; it is the moment to reconcile.
                if (acknowledgesTradeUpdates(bytes.utf8())) {
                    listening(myGeneration);
                }
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                // Some Alpaca endpoints answer in text frames; the library reads binary ones only.
                onMessage(webSocket, ByteString.encodeUtf8(text));
            }
        };
        socket.setListener((type, message) -> onMessage(myGeneration, type, message));
        return socket;
    }

    @Override
    protected void opened(int myGeneration, StreamingWebsocket socket) {
        try {
            if (authorized(myGeneration, socket)) {
                socket.streams(StreamingMessageType.TRADE_UPDATES);
            }
        } catch (Exception e) {
            lost(myGeneration, "authorization failed: " + e);
        }
    }

    private void onMessage(int myGeneration, StreamingMessageType type, StreamingMessage message) {
        if (!isCurrent(myGeneration)) {
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
                log.errorf(e, "trade update for order %s could not be recorded", data.getOrder().getId());
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

    private void listening(int myGeneration) {
        if (!subscribed(myGeneration)) {
            return;
        }
        boolean reconnect = everSubscribed;
        everSubscribed = true;
        log.infof("trade_updates stream subscribed%s", reconnect ? " again: reconciling through REST" : "");
        execute(() -> listener.onSubscribed(reconnect));
    }

    private static BigDecimal positionQuantity(TradeUpdate data) {
        return AlpacaBroker.decimal(data.getPositionQuantity());
    }
}
