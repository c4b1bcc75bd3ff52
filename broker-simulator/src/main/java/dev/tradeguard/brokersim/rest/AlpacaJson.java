package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.AccountConfiguration;
import dev.tradeguard.brokersim.domain.AccountView;
import dev.tradeguard.brokersim.domain.Asset;
import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.Execution;
import dev.tradeguard.brokersim.domain.PortfolioSeries;
import dev.tradeguard.brokersim.domain.PositionView;
import dev.tradeguard.brokersim.domain.Quote;
import dev.tradeguard.brokersim.domain.SimOrder;
import dev.tradeguard.brokersim.domain.Trade;
import dev.tradeguard.brokersim.domain.TradeUpdate;
import dev.tradeguard.brokersim.domain.Watchlist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * Alpaca's wire shapes, built as JSON trees (no reflection): snake_case names, decimals as strings in the trading API
 * and as numbers in the market-data API, RFC 3339 timestamps, nulls written out as Alpaca does.
 */
public final class AlpacaJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Every simulated print is on IEX ("V"), tape C: one venue, so the stream and REST agree. */
    private static final String EXCHANGE = "V";
    private static final String TAPE = "C";
    private static final DateTimeFormatter ACTIVITY_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(java.time.ZoneOffset.UTC);

    private AlpacaJson() {
    }

    public static ObjectNode error(BrokerRejection rejection) {
        return error(rejection.code(), rejection.getMessage());
    }

    public static ObjectNode error(int code, String message) {
        ObjectNode node = JSON.objectNode();
        node.put("code", code);
        node.put("message", message);
        return node;
    }

    public static ObjectNode order(SimOrder o) {
        ObjectNode node = JSON.objectNode();
        node.put("id", o.id());
        node.put("client_order_id", o.clientOrderId());
        time(node, "created_at", o.createdAt());
        time(node, "updated_at", o.updatedAt());
        time(node, "submitted_at", o.submittedAt());
        time(node, "filled_at", o.filledAt());
        time(node, "expired_at", o.expiredAt());
        time(node, "canceled_at", o.canceledAt());
        time(node, "failed_at", o.failedAt());
        time(node, "replaced_at", o.replacedAt());
        node.put("replaced_by", o.replacedBy());
        node.put("replaces", o.replaces());
        node.put("asset_id", o.assetId());
        node.put("symbol", o.symbol());
        node.put("asset_class", "us_equity");
        decimal(node, "notional", o.notional() != null && o.filledQty().signum() == 0 ? o.notional() : null);
        decimal(node, "qty", o.notional() != null && o.filledQty().signum() == 0 ? null : o.qty());
        decimal(node, "filled_qty", o.filledQty());
        decimal(node, "filled_avg_price", o.filledAvgPrice());
        node.put("order_class", o.orderClass().wire());
        node.put("order_type", o.type().wire());
        node.put("type", o.type().wire());
        node.put("side", o.side().wire());
        node.put("time_in_force", o.timeInForce().wire());
        decimal(node, "limit_price", o.limitPrice());
        decimal(node, "stop_price", o.stopPrice());
        node.put("status", o.status().wire());
        node.put("extended_hours", o.extendedHours());
        if (o.legs().isEmpty()) {
            node.putNull("legs");
        } else {
            ArrayNode legs = node.putArray("legs");
            o.legs().forEach(leg -> legs.add(order(leg)));
        }
        decimal(node, "trail_percent", o.trailPercent());
        decimal(node, "trail_price", o.trailPrice());
        decimal(node, "hwm", o.highWaterMark());
        return node;
    }

    public static ObjectNode account(AccountView a, Instant createdAt) {
        ObjectNode node = JSON.objectNode();
        node.put("id", a.id());
        node.put("account_number", a.accountNumber());
        node.put("status", "ACTIVE");
        node.put("crypto_status", "INACTIVE");
        node.put("currency", "USD");
        decimal(node, "buying_power", a.buyingPower());
        decimal(node, "regt_buying_power", a.regtBuyingPower());
        decimal(node, "daytrading_buying_power", a.daytradingBuyingPower());
        decimal(node, "non_marginable_buying_power", a.cash().max(BigDecimal.ZERO));
        decimal(node, "cash", a.cash());
        decimal(node, "portfolio_value", a.equity());
        node.put("pattern_day_trader", a.patternDayTrader());
        node.put("trading_blocked", false);
        node.put("transfers_blocked", false);
        node.put("account_blocked", false);
        time(node, "created_at", createdAt);
        node.put("trade_suspended_by_user", a.tradeSuspendedByUser());
        decimal(node, "multiplier", BigDecimal.valueOf(a.multiplier()));
        node.put("shorting_enabled", a.shortingEnabled());
        decimal(node, "equity", a.equity());
        decimal(node, "last_equity", a.lastEquity());
        decimal(node, "long_market_value", a.longMarketValue());
        decimal(node, "short_market_value", a.shortMarketValue());
        decimal(node, "initial_margin", a.initialMargin());
        decimal(node, "maintenance_margin", a.maintenanceMargin());
        decimal(node, "last_maintenance_margin", a.lastMaintenanceMargin());
        decimal(node, "sma", BigDecimal.ZERO);
        node.put("daytrade_count", a.daytradeCount());
        return node;
    }

    public static ObjectNode position(PositionView p, String exchange) {
        ObjectNode node = JSON.objectNode();
        node.put("asset_id", p.assetId());
        node.put("symbol", p.symbol());
        node.put("exchange", exchange);
        node.put("asset_class", "us_equity");
        node.put("asset_marginable", true);
        decimal(node, "avg_entry_price", p.avgEntryPrice());
        decimal(node, "qty", p.qty());
        decimal(node, "qty_available", p.qtyAvailable());
        node.put("side", p.side());
        decimal(node, "market_value", p.marketValue());
        decimal(node, "cost_basis", p.costBasis());
        decimal(node, "unrealized_pl", p.unrealizedPl());
        decimal(node, "unrealized_plpc", p.unrealizedPlpc());
        decimal(node, "unrealized_intraday_pl", p.unrealizedIntradayPl());
        decimal(node, "unrealized_intraday_plpc", p.unrealizedIntradayPlpc());
        decimal(node, "current_price", p.currentPrice());
        decimal(node, "lastday_price", p.lastdayPrice());
        decimal(node, "change_today", p.changeToday());
        return node;
    }

    public static ObjectNode asset(Asset a) {
        ObjectNode node = JSON.objectNode();
        node.put("id", a.id());
        node.put("class", Asset.US_EQUITY);
        node.put("exchange", a.exchange());
        node.put("symbol", a.symbol());
        node.put("name", a.name());
        node.put("status", a.active() ? "active" : "inactive");
        node.put("tradable", a.tradable());
        node.put("marginable", a.marginable());
        node.put("shortable", a.shortable());
        node.put("easy_to_borrow", a.easyToBorrow());
        node.put("fractionable", a.fractionable());
        node.putArray("attributes");
        return node;
    }

    /** A watchlist; {@code assets} resolves its symbols, or is null for the list endpoint, which leaves them out. */
    public static ObjectNode watchlist(Watchlist w, Function<String, Asset> assets) {
        ObjectNode node = JSON.objectNode();
        node.put("id", w.id());
        node.put("account_id", w.accountId());
        time(node, "created_at", w.createdAt());
        time(node, "updated_at", w.updatedAt());
        node.put("name", w.name());
        if (assets != null) {
            ArrayNode list = node.putArray("assets");
            w.symbols().forEach(symbol -> list.add(asset(assets.apply(symbol))));
        }
        return node;
    }

    /** Numbers, not strings, as Alpaca writes this one; timestamps in epoch seconds. */
    public static ObjectNode portfolioHistory(PortfolioSeries series) {
        ObjectNode node = JSON.objectNode();
        ArrayNode timestamps = node.putArray("timestamp");
        ArrayNode equity = node.putArray("equity");
        ArrayNode profitLoss = node.putArray("profit_loss");
        ArrayNode profitLossPct = node.putArray("profit_loss_pct");
        BigDecimal base = series.baseValue();
        for (PortfolioSeries.Point point : series.points()) {
            timestamps.add(point.timestamp().getEpochSecond());
            equity.add(point.equity());
            profitLoss.add(point.equity().subtract(base));
            profitLossPct.add(base.signum() == 0 ? BigDecimal.ZERO
                    : point.equity().divide(base, 10, java.math.RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE)
                    .stripTrailingZeros());
        }
        node.put("base_value", base);
        if (series.baseValueAsOf() != null) {
            node.put("base_value_asof", series.baseValueAsOf().toString());
        }
        node.put("timeframe", series.timeframe().wire());
        return node;
    }

    public static ObjectNode configuration(AccountConfiguration c) {
        ObjectNode node = JSON.objectNode();
        node.put("dtbp_check", c.dtbpCheck());
        node.put("trade_confirm_email", c.tradeConfirmEmail());
        node.put("suspend_trade", c.suspendTrade());
        node.put("no_shorting", c.noShorting());
        node.put("fractional_trading", c.fractionalTrading());
        node.put("max_margin_multiplier", String.valueOf(c.maxMarginMultiplier()));
        node.put("pdt_check", c.pdtCheck());
        return node;
    }

    public static ObjectNode fillActivity(Execution e) {
        ObjectNode node = JSON.objectNode();
        node.put("id", activityId(e));
        node.put("activity_type", "FILL");
        time(node, "transaction_time", e.transactionTime());
        node.put("type", e.isPartial() ? "partial_fill" : "fill");
        decimal(node, "price", e.price());
        decimal(node, "qty", e.qty());
        node.put("side", e.side().wire());
        node.put("symbol", e.symbol());
        decimal(node, "leaves_qty", e.leavesQty());
        node.put("order_id", e.orderId());
        decimal(node, "cum_qty", e.cumulativeQty());
        node.put("order_status", e.orderStatus().wire());
        return node;
    }

    public static String activityId(Execution e) {
        return ACTIVITY_ID_TIME.format(e.transactionTime()) + "::" + e.id();
    }

    public static ObjectNode tradeUpdate(TradeUpdate u) {
        ObjectNode data = JSON.objectNode();
        data.put("event", u.event());
        if (u.executionId() != null) {
            data.put("execution_id", u.executionId());
        }
        data.set("order", order(u.order()));
        time(data, "timestamp", u.timestamp());
        if (u.price() != null) {
            decimal(data, "price", u.price());
            decimal(data, "qty", u.qty());
            decimal(data, "position_qty", u.positionQty());
        }
        ObjectNode message = JSON.objectNode();
        message.put("stream", "trade_updates");
        message.set("data", data);
        return message;
    }

    /** A market-data trade as REST answers it; the stream adds "T" and "S" (see MarketDataMessages). */
    public static ObjectNode trade(Trade t) {
        ObjectNode node = JSON.objectNode();
        node.put("t", t.timestamp().toString());
        node.put("x", EXCHANGE);
        node.put("p", t.price());
        node.put("s", t.size());
        node.putArray("c").add("@");
        node.put("i", t.id());
        node.put("z", TAPE);
        return node;
    }

    public static ObjectNode quote(Quote q) {
        ObjectNode node = JSON.objectNode();
        node.put("t", q.timestamp().toString());
        node.put("ax", EXCHANGE);
        node.put("ap", q.askPrice());
        node.put("as", q.askSize());
        node.put("bx", EXCHANGE);
        node.put("bp", q.bidPrice());
        node.put("bs", q.bidSize());
        node.putArray("c").add("R");
        node.put("z", TAPE);
        return node;
    }

    /** A market-data bar: numbers, not strings, and one-letter keys. */
    public static ObjectNode bar(Bar b) {
        ObjectNode node = JSON.objectNode();
        node.put("t", b.timestamp().toString());
        node.put("o", b.open());
        node.put("h", b.high());
        node.put("l", b.low());
        node.put("c", b.close());
        node.put("v", b.volume());
        node.put("n", b.tradeCount());
        node.put("vw", b.vwap());
        return node;
    }

    static void time(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toString());
        }
    }

    static void decimal(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.stripTrailingZeros().toPlainString());
        }
    }
}
