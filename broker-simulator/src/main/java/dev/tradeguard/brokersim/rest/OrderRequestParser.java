package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.OrderClass;
import dev.tradeguard.brokersim.domain.OrderRequest;
import dev.tradeguard.brokersim.domain.OrderType;
import dev.tradeguard.brokersim.domain.ReplaceRequest;
import dev.tradeguard.brokersim.domain.Side;
import dev.tradeguard.brokersim.domain.TimeInForce;
import dev.tradeguard.brokersim.domain.WireEnum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an order body into a request, collecting every problem into one 422 message. Decimals are accepted as JSON
 * strings (Alpaca's own format) or numbers (what many clients send).
 */
final class OrderRequestParser {

    private final JsonNode body;
    private final List<String> problems = new ArrayList<>();

    private OrderRequestParser(JsonNode body) {
        this.body = body;
    }

    static OrderRequest parseOrder(JsonNode body) {
        return new OrderRequestParser(body).order();
    }

    static ReplaceRequest parseReplace(JsonNode body) {
        return new OrderRequestParser(body).replace();
    }

    private OrderRequest order() {
        if (!body.isObject()) {
            throw BrokerRejection.invalid("request body must be a JSON object");
        }
        String symbol = text(body, "symbol");
        if (symbol == null || symbol.isBlank()) {
            problems.add("symbol is required");
        }
        BigDecimal qty = decimal(body, "qty", "qty");
        BigDecimal notional = decimal(body, "notional", "notional");
        if (qty == null && notional == null) {
            problems.add("qty or notional is required");
        } else if (qty != null && notional != null) {
            problems.add("only one of qty or notional may be given");
        }
        if (qty != null && qty.signum() <= 0) {
            problems.add("qty must be > 0");
        }
        if (notional != null && notional.signum() <= 0) {
            problems.add("notional must be > 0");
        }
        Side side = required(Side.class, body, "side");
        OrderType type = required(OrderType.class, body, "type");
        TimeInForce tif = required(TimeInForce.class, body, "time_in_force");
        BigDecimal limit = decimal(body, "limit_price", "limit_price");
        BigDecimal stop = decimal(body, "stop_price", "stop_price");
        BigDecimal trailPrice = decimal(body, "trail_price", "trail_price");
        BigDecimal trailPercent = decimal(body, "trail_percent", "trail_percent");
        boolean extendedHours = bool(body, "extended_hours");
        String clientOrderId = text(body, "client_order_id");
        OrderClass orderClass = optional(OrderClass.class, body, "order_class").orElse(OrderClass.UNSPECIFIED);
        JsonNode takeProfit = body.path("take_profit");
        JsonNode stopLoss = body.path("stop_loss");
        BigDecimal takeProfitLimit = decimal(takeProfit, "limit_price", "take_profit.limit_price");
        BigDecimal stopLossStop = decimal(stopLoss, "stop_price", "stop_loss.stop_price");
        BigDecimal stopLossLimit = decimal(stopLoss, "limit_price", "stop_loss.limit_price");

        if (type != null) {
            boolean ocoLimit = orderClass == OrderClass.OCO;
            if (type.hasLimitPrice() && limit == null && !ocoLimit) {
                problems.add("limit_price is required for " + type.wire() + " orders");
            }
            if (!type.hasLimitPrice() && limit != null) {
                problems.add("limit_price is only allowed for limit and stop_limit orders");
            }
            if (type.hasStopPrice() && stop == null) {
                problems.add("stop_price is required for " + type.wire() + " orders");
            }
            if (!type.hasStopPrice() && stop != null) {
                problems.add("stop_price is only allowed for stop and stop_limit orders");
            }
            if (type == OrderType.TRAILING_STOP) {
                if ((trailPrice == null) == (trailPercent == null)) {
                    problems.add("exactly one of trail_price or trail_percent is required for trailing_stop orders");
                }
                if (trailPrice != null && trailPrice.signum() <= 0) {
                    problems.add("trail_price must be > 0");
                }
                if (trailPercent != null && (trailPercent.signum() <= 0 || trailPercent.compareTo(BigDecimal.valueOf(100)) >= 0)) {
                    problems.add("trail_percent must be > 0 and < 100");
                }
            } else if (trailPrice != null || trailPercent != null) {
                problems.add("trail_price and trail_percent are only allowed for trailing_stop orders");
            }
            if (extendedHours && (type != OrderType.LIMIT || tif != TimeInForce.DAY)) {
                problems.add("extended hours order must be DAY limit orders");
            }
            if ((tif == TimeInForce.OPG || tif == TimeInForce.CLS) && type != OrderType.MARKET && type != OrderType.LIMIT) {
                problems.add("opg and cls orders must be market or limit orders");
            }
        }
        switch (orderClass) {
            case BRACKET -> {
                if (takeProfitLimit == null) {
                    problems.add("take_profit.limit_price is required for bracket orders");
                }
                if (stopLossStop == null) {
                    problems.add("stop_loss.stop_price is required for bracket orders");
                }
                if (type != null && type != OrderType.MARKET && type != OrderType.LIMIT) {
                    problems.add("bracket orders must be market or limit orders");
                }
            }
            case OCO -> {
                if (takeProfitLimit == null || stopLossStop == null) {
                    problems.add("oco orders require take_profit.limit_price and stop_loss.stop_price");
                }
                if (type != null && type != OrderType.LIMIT) {
                    problems.add("oco orders must be limit orders");
                }
            }
            case OTO -> {
                if ((takeProfitLimit == null) == (stopLossStop == null)) {
                    problems.add("oto orders require exactly one of take_profit or stop_loss");
                }
            }
            default -> {
                if (takeProfitLimit != null || stopLossStop != null) {
                    problems.add("take_profit and stop_loss need order_class bracket, oco or oto");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BrokerRejection.invalid(String.join("; ", problems));
        }
        return new OrderRequest(symbol.trim(), qty, notional, side, type, tif, limit, stop, trailPrice, trailPercent,
                extendedHours, clientOrderId, orderClass, takeProfitLimit, stopLossStop, stopLossLimit);
    }

    private ReplaceRequest replace() {
        if (!body.isObject()) {
            throw BrokerRejection.invalid("request body must be a JSON object");
        }
        ReplaceRequest request = new ReplaceRequest(decimal(body, "qty", "qty"),
                optional(TimeInForce.class, body, "time_in_force").orElse(null),
                decimal(body, "limit_price", "limit_price"), decimal(body, "stop_price", "stop_price"),
                decimal(body, "trail", "trail"), text(body, "client_order_id"));
        if (!problems.isEmpty()) {
            throw BrokerRejection.invalid(String.join("; ", problems));
        }
        return request;
    }

    private String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        return value.asText();
    }

    private boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && ("true".equals(value.asText()) || "false".equals(value.asText()))) {
            return Boolean.parseBoolean(value.asText());
        }
        problems.add(field + " must be true or false");
        return false;
    }

    private BigDecimal decimal(JsonNode node, String field, String label) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                problems.add("invalid " + label + ": " + value.asText());
                return null;
            }
        }
        problems.add("invalid " + label);
        return null;
    }

    private <E extends Enum<E> & WireEnum> E required(Class<E> type, JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            problems.add(field + " is required");
            return null;
        }
        return parseEnum(type, field, value);
    }

    private <E extends Enum<E> & WireEnum> Optional<E> optional(Class<E> type, JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? Optional.empty() : Optional.ofNullable(parseEnum(type, field, value));
    }

    private <E extends Enum<E> & WireEnum> E parseEnum(Class<E> type, String field, String value) {
        Optional<E> parsed = WireEnum.parse(type, value);
        if (parsed.isEmpty()) {
            problems.add("invalid " + field + ": " + value);
        }
        return parsed.orElse(null);
    }
}
