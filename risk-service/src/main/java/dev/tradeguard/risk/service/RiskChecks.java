package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.domain.Money.dollars;
import static dev.tradeguard.risk.domain.Money.percent;
import static dev.tradeguard.risk.domain.Money.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.domain.Evaluation;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.domain.ProposedOrder;
import dev.tradeguard.risk.domain.RiskContext;

/**
 * The checks, in the order of a real risk engine: validate (can we know the account at all?) → size → pre-trade
 * checks → trading-state gate → throttle. The first failure is the denial. A pure function of the recommendation and
 * the {@link RiskContext}: no I/O, no clock of its own.
 */
public final class RiskChecks {
    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.ONE;

    private RiskChecks() {
    }

    public static boolean opensPosition(Side side) {
        return side == Side.BUY || side == Side.SELL_SHORT;
    }

    public static Evaluation evaluate(Recommendation rec, RiskContext ctx) {
        Limits limits = ctx.limits();
        // validate: a request beyond the per-order maximum is refused as asked, before sizing could shrink it
        if (rec.quantity() != null && rec.quantity().compareTo(maxShares(limits)) > 0) {
            return Evaluation.deny(DenialReason.QUANTITY_EXCEEDS_MAX_SHARES_PER_ORDER,
                    "max=" + limits.maxSharesPerOrder() + ", got=" + Violations.shown(rec.quantity()));
        }
        // fail closed when the account cannot be established
        if (rec.validUntil() != null && !rec.validUntil().isAfter(ctx.now())) {
            return Evaluation.deny(DenialReason.RECOMMENDATION_EXPIRED,
                    "valid until " + rec.validUntil() + ", now " + ctx.now());
        }
        if (ctx.account() == null) {
            return Evaluation.deny(DenialReason.NO_ACCOUNT_SNAPSHOT,
                    "no account snapshot of " + rec.accountId() + " received yet: equity and positions unknown");
        }
        Evaluation fresh = dataFreshness(rec, ctx);
        if (!fresh.passed()) {
            return fresh;
        }
        if (ctx.tradingState() == null) {
            return Evaluation.deny(DenialReason.TRADING_HALTED,
                    "trading state of " + rec.accountId() + " unknown: treated as HALTED");
        }

        Position held = ctx.positions().get(rec.symbol());
        BigDecimal lastPrice = held == null ? null : held.currentPrice();
        BigDecimal entry = rec.limitPrice() != null ? rec.limitPrice() : lastPrice;
        if (entry == null) {
            return Evaluation.deny(DenialReason.NO_PRICE,
                    "no limit price and no last known price for " + rec.symbol());
        }
        boolean opening = opensPosition(rec.side());
        Evaluation sized = opening ? sizeEntry(rec, ctx, held, entry) : sizeExit(rec, held, entry, limits);
        if (!sized.passed()) {
            return sized;
        }
        ProposedOrder order = sized.order();

        // pre-trade checks
        if (opening) {
            Evaluation preTrade = entryChecks(rec, ctx, held, lastPrice, order);
            if (!preTrade.passed()) {
                return preTrade;
            }
        }
        if (ctx.openOrderOnSymbol()) {
            return Evaluation.deny(DenialReason.CONFLICTING_OPEN_ORDER,
                    "an approved order on " + rec.symbol() + " is still working");
        }
        if (!opening && ctx.positionOpenedToday()
                && ctx.account().equity().compareTo(limits.patternDayTraderEquity()) < 0
                && ctx.dayTradesLastFiveDays() >= 3) {
            return Evaluation.deny(DenialReason.PATTERN_DAY_TRADER, "equity=" + dollars(ctx.account().equity())
                    + " below " + dollars(limits.patternDayTraderEquity()) + ", day trades in 5 business days: max=3, got="
                    + ctx.dayTradesLastFiveDays() + "; closing " + rec.symbol() + " today would be the 4th");
        }

        // trading-state gate
        if (ctx.tradingState() == TradingState.HALTED) {
            return Evaluation.deny(DenialReason.TRADING_HALTED, "account " + rec.accountId() + " is HALTED");
        }
        if (ctx.tradingState() == TradingState.REDUCING && opening) {
            return Evaluation.deny(DenialReason.TRADING_REDUCING,
                    "account " + rec.accountId() + " is REDUCING: only orders that shrink a position, got " + rec.side());
        }

        // throttle
        if (ctx.ordersLastMinute() >= limits.maxOrdersPerMinute()) {
            return Evaluation.deny(DenialReason.ORDER_RATE_EXCEEDED,
                    "max=" + limits.maxOrdersPerMinute() + " orders/minute, got=" + ctx.ordersLastMinute());
        }
        return Evaluation.pass(order);
    }

    /**
     * Fail closed on old data, one place for both kinds: no word from execution-service for the window (every order
     * is denied, the account itself is unknown), or its market-data prices stale or never reported while the market is
     * open (only orders that open or grow a position are denied: a person must always be able to get out, and a sell needs no fresh price to be safe).
     * Not the kill switch: approvals resume by themselves when data is fresh again.
     */
    private static Evaluation dataFreshness(Recommendation rec, RiskContext ctx) {
        Limits limits = ctx.limits();
        Duration age = Duration.between(ctx.account().heardAt(), ctx.now());
        if (ctx.account().marketOpen() && age.compareTo(limits.snapshotStaleAfter()) > 0) {
            return Evaluation.deny(DenialReason.STALE_ACCOUNT_SNAPSHOT, "max age=" + limits.snapshotStaleAfter()
                    + ", got=" + age.withNanos(0) + " (last account data " + ctx.account().heardAt() + ")");
        }
        if (ctx.prices() == null && ctx.account().marketOpen() && opensPosition(rec.side())) {
            // execution-service reports freshness with every snapshot: none yet means prices are not known to be live
            return Evaluation.deny(DenialReason.PRICES_STALE, "no market-data status from execution-service yet, so "
                    + "its prices are not known to be live (only orders that shrink a position pass until one says"
                    + " they are fresh)");
        }
        if (ctx.prices() != null && !ctx.prices().fresh() && opensPosition(rec.side())) {
            return Evaluation.deny(DenialReason.PRICES_STALE, ctx.prices().reason() + " (stale since "
                    + ctx.prices().since() + "; only orders that shrink a position pass until prices are fresh)");
        }
        return Evaluation.pass(null);
    }

    private static BigDecimal maxShares(Limits limits) {
        return BigDecimal.valueOf(limits.maxSharesPerOrder());
    }

    private static Evaluation sizeEntry(Recommendation rec, RiskContext ctx, Position held, BigDecimal entry) {
        Limits limits = ctx.limits();
        BigDecimal maxValue = ctx.sizingBase().multiply(limits.capitalAllocationPct())
                .multiply(limits.maxPositionSizePct());
        BigDecimal heldValue = BigDecimal.ZERO;
        if (held != null && (rec.side() == Side.BUY ? held.isLong() : held.isShort())) {
            heldValue = held.quantity().abs().multiply(entry);
        }
        BigDecimal room = maxValue.subtract(heldValue);
        if (room.signum() <= 0) {
            return Evaluation.deny(DenialReason.POSITION_SIZE_EXCEEDS_MAX, "max=" + dollars(maxValue) + " ("
                    + percent(limits.maxPositionSizePct()) + " of " + percent(limits.capitalAllocationPct())
                    + (ctx.capital() == null ? " of equity" : " of capital " + dollars(ctx.sizingBase()))
                    + "), already held=" + dollars(heldValue));
        }
        BigDecimal quantity = room.divide(entry, 0, RoundingMode.FLOOR).min(maxShares(limits));
        if (rec.quantity() != null) {
            quantity = quantity.min(rec.quantity().setScale(0, RoundingMode.FLOOR));
        }
        if (quantity.signum() <= 0) {
            return Evaluation.deny(DenialReason.POSITION_TOO_SMALL, "max position=" + dollars(room)
                    + " buys less than one share at " + dollars(entry));
        }

        boolean isLong = rec.side() == Side.BUY;
        List<String> highRisk = new ArrayList<>();
        BigDecimal stop = rec.stopLoss();
        if (stop == null) {
            BigDecimal offset = HUNDRED_PERCENT.subtract(isLong ? limits.defaultStopLossPct() : limits.defaultStopLossPct().negate());
            stop = price(entry.multiply(offset));
            highRisk.add("no stop given: default " + percent(limits.defaultStopLossPct()) + " stop applied");
        } else if (isLong ? stop.compareTo(entry) >= 0 : stop.compareTo(entry) <= 0) {
            return Evaluation.deny(DenialReason.STOP_LOSS_WRONG_SIDE, "stop=" + stop.toPlainString() + " must be "
                    + (isLong ? "below" : "above") + " entry=" + entry.toPlainString() + " for " + rec.side());
        }
        BigDecimal takeProfit = rec.takeProfit();
        if (takeProfit == null) {
            BigDecimal offset = isLong ? HUNDRED_PERCENT.add(limits.defaultTakeProfitPct())
                    : HUNDRED_PERCENT.subtract(limits.defaultTakeProfitPct()).max(new BigDecimal("0.01"));
            takeProfit = price(entry.multiply(offset));
        } else if (isLong ? takeProfit.compareTo(entry) <= 0 : takeProfit.compareTo(entry) >= 0) {
            return Evaluation.deny(DenialReason.TAKE_PROFIT_WRONG_SIDE, "take-profit=" + takeProfit.toPlainString()
                    + " must be " + (isLong ? "above" : "below") + " entry=" + entry.toPlainString() + " for " + rec.side());
        }
        BigDecimal stopDistance = entry.subtract(stop).abs().divide(entry, 6, RoundingMode.HALF_EVEN);
        if (stopDistance.compareTo(limits.defaultStopLossPct()) > 0) {
            highRisk.add("stop " + percent(stopDistance) + " from entry, wider than " + percent(limits.defaultStopLossPct()));
        }
        BigDecimal notional = quantity.multiply(entry);
        if (rec.side() == Side.SELL_SHORT) {
            highRisk.add("opens a short");
        }
        if (rec.confidence() == null || rec.confidence().compareTo(limits.highRiskConfidenceBelow()) < 0) {
            highRisk.add("confidence " + (rec.confidence() == null ? "not given" : rec.confidence().toPlainString())
                    + " below " + limits.highRiskConfidenceBelow().toPlainString());
        }
        BigDecimal share = notional.divide(ctx.account().equity(), 6, RoundingMode.HALF_EVEN);
        if (share.compareTo(limits.highRiskNotionalPct()) >= 0) {
            highRisk.add("order is " + percent(share) + " of equity, at least " + percent(limits.highRiskNotionalPct()));
        }
        return Evaluation.pass(order(limits, rec.side(), quantity, entry, stop, takeProfit, notional, highRisk,
                OrderClass.BRACKET));
    }

    private static Evaluation sizeExit(Recommendation rec, Position held, BigDecimal entry, Limits limits) {
        boolean closesLong = rec.side() == Side.SELL;
        if (held == null || (closesLong ? !held.isLong() : !held.isShort())) {
            return Evaluation.deny(DenialReason.NO_POSITION_TO_REDUCE, "no " + (closesLong ? "long" : "short")
                    + " position in " + rec.symbol() + " to " + (closesLong ? "sell" : "cover"));
        }
        BigDecimal quantity = held.quantity().abs();
        if (rec.quantity() != null) {
            quantity = quantity.min(rec.quantity());
        }
        return Evaluation.pass(order(limits, rec.side(), quantity, entry, null, null, quantity.multiply(entry),
                List.of(), OrderClass.SIMPLE));
    }

    private static ProposedOrder order(Limits limits, Side side, BigDecimal quantity, BigDecimal entry, BigDecimal stop,
            BigDecimal takeProfit, BigDecimal notional, List<String> highRisk, OrderClass orderClass) {
        return new ProposedOrder(quantity, limits.useLimitOrders() ? OrderType.LIMIT : OrderType.MARKET, orderClass,
                limits.useLimitOrders() ? price(entry) : null, stop, takeProfit, notional, List.copyOf(highRisk));
    }

    private static Evaluation entryChecks(Recommendation rec, RiskContext ctx, Position held, BigDecimal lastPrice,
            ProposedOrder order) {
        Limits limits = ctx.limits();
        BigDecimal equity = ctx.account().equity();
        if (rec.side() == Side.SELL_SHORT && limits.longOnly()) {
            return Evaluation.deny(DenialReason.LONG_ONLY_STRATEGY_CANNOT_SHORT,
                    limits.strategy() + " is long-only, got SELL_SHORT " + rec.symbol());
        }
        if (rec.side() == Side.BUY) {
            BigDecimal cashAfter = ctx.account().cash().subtract(order.notional());
            BigDecimal minimum = equity.multiply(ctx.cashReserveMinPct());
            if (cashAfter.compareTo(minimum) < 0) {
                return Evaluation.deny(DenialReason.CASH_RESERVE_BELOW_MIN, "min=" + percent(ctx.cashReserveMinPct())
                        + " (" + dollars(minimum) + "), after order=" + dollars(cashAfter) + " ("
                        + percent(cashAfter.divide(equity, 6, RoundingMode.HALF_EVEN)) + ")");
            }
        }
        if (order.notional().compareTo(ctx.account().buyingPower()) > 0) {
            return Evaluation.deny(DenialReason.INSUFFICIENT_BUYING_POWER, "buying power="
                    + dollars(ctx.account().buyingPower()) + ", order=" + dollars(order.notional()));
        }
        if (held == null) {
            int open = ctx.positions().size() + ctx.openEntryOrders();
            if (open >= limits.maxConcurrentPositions()) {
                return Evaluation.deny(DenialReason.MAX_CONCURRENT_POSITIONS, "max=" + limits.maxConcurrentPositions()
                        + ", open=" + ctx.positions().size() + " positions + " + ctx.openEntryOrders() + " working entries");
            }
        }
        if (ctx.entriesToday() >= limits.maxPositionsPerDay()) {
            return Evaluation.deny(DenialReason.MAX_POSITIONS_PER_DAY,
                    "max=" + limits.maxPositionsPerDay() + " new positions per day, got=" + ctx.entriesToday());
        }
        if (lastPrice != null && rec.limitPrice() != null) {
            BigDecimal distance = rec.limitPrice().subtract(lastPrice).abs().divide(lastPrice, 6, RoundingMode.HALF_EVEN);
            if (distance.compareTo(limits.priceCollarPct()) > 0) {
                return Evaluation.deny(DenialReason.PRICE_OUTSIDE_COLLAR, "max=" + percent(limits.priceCollarPct())
                        + " from last=" + lastPrice.toPlainString() + ", limit=" + rec.limitPrice().toPlainString()
                        + " is " + percent(distance));
            }
        }
        return Evaluation.pass(order);
    }
}
