package dev.tradeguard.brokersim.messaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.brokersim.domain.Quote;
import dev.tradeguard.brokersim.domain.Trade;
import dev.tradeguard.brokersim.rest.AlpacaJson;

import java.util.Collection;

/**
 * The market-data stream's wire shapes as JSON trees (no reflection, so native images need nothing registered):
 * control messages, each alone in its array as Alpaca sends them, and the {@code t}, {@code q} and {@code b} data
 * points, whose fields are the REST API's plus {@code T} (type) and {@code S} (symbol). Prices stay BigDecimal all the
 * way to the encoder.
 */
final class MarketDataMessages {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Alpaca's stream errors: the code and its fixed text, exactly as the documentation lists them. */
    enum StreamError {
        INVALID_SYNTAX(400, "invalid syntax"),
        NOT_AUTHENTICATED(401, "not authenticated"),
        AUTH_FAILED(402, "auth failed"),
        ALREADY_AUTHENTICATED(403, "already authenticated"),
        AUTH_TIMEOUT(404, "auth timeout"),
        SYMBOL_LIMIT_EXCEEDED(405, "symbol limit exceeded"),
        CONNECTION_LIMIT_EXCEEDED(406, "connection limit exceeded"),
        INSUFFICIENT_SUBSCRIPTION(409, "insufficient subscription"),
        INTERNAL_ERROR(500, "internal error");

        final int code;
        final String text;

        StreamError(int code, String text) {
            this.code = code;
            this.text = text;
        }
    }

    private MarketDataMessages() {
    }

    static ArrayNode success(String message) {
        ObjectNode node = JSON.objectNode();
        node.put("T", "success");
        node.put("msg", message);
        return JSON.arrayNode().add(node);
    }

    static ArrayNode error(StreamError error) {
        ObjectNode node = JSON.objectNode();
        node.put("T", "error");
        node.put("code", error.code);
        node.put("msg", error.text);
        return JSON.arrayNode().add(node);
    }

    static ArrayNode subscription(Collection<String> trades, Collection<String> quotes, Collection<String> bars) {
        ObjectNode node = JSON.objectNode();
        node.put("T", "subscription");
        trades.forEach(node.putArray("trades")::add);
        quotes.forEach(node.putArray("quotes")::add);
        bars.forEach(node.putArray("bars")::add);
        return JSON.arrayNode().add(node);
    }

    static ObjectNode trade(Trade trade) {
        return typed("t", trade.symbol(), AlpacaJson.trade(trade));
    }

    static ObjectNode quote(Quote quote) {
        return typed("q", quote.symbol(), AlpacaJson.quote(quote));
    }

    /** A minute bar: the schema's o, h, l, c, v and t (the bar's start), plus n and vw as Alpaca also sends. */
    static ObjectNode bar(Bar bar) {
        return typed("b", bar.symbol(), AlpacaJson.bar(bar));
    }

    private static ObjectNode typed(String type, String symbol, ObjectNode fields) {
        ObjectNode node = JSON.objectNode();
        node.put("T", type);
        node.put("S", symbol);
        node.setAll(fields);
        return node;
    }
}
