package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.Execution;
import dev.tradeguard.brokersim.domain.Position;
import dev.tradeguard.brokersim.domain.Side;
import dev.tradeguard.model.market.NyseCalendar;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cash, positions, executions and day trades. A day trade is an order that reduces a position which was opened or
 * added to on the same trading day; each such order counts once.
 */
public final class Ledger {

    private BigDecimal cash;
    private final Map<String, Position> positions = new TreeMap<>();
    private final List<Execution> executions = new ArrayList<>();
    private final List<LocalDate> dayTrades = new ArrayList<>();
    private final Set<String> dayTradingOrders = new HashSet<>();

    public Ledger(BigDecimal initialCash) {
        this.cash = initialCash;
    }

    public BigDecimal cash() {
        return cash;
    }

    public Map<String, Position> positions() {
        return positions;
    }

    public Optional<Position> position(String symbol) {
        return Optional.ofNullable(positions.get(symbol));
    }

    public BigDecimal positionQty(String symbol) {
        Position position = positions.get(symbol);
        return position == null ? BigDecimal.ZERO : position.qty();
    }

    public List<Execution> executions() {
        return executions;
    }

    /** Books a fill and returns the position quantity after it (signed). */
    public BigDecimal book(Execution execution, String assetId, LocalDate tradingDate) {
        BigDecimal delta = execution.side() == Side.BUY ? execution.qty() : execution.qty().negate();
        cash = cash.subtract(delta.multiply(execution.price()));
        executions.add(execution);
        Position before = positions.get(execution.symbol());
        BigDecimal oldQty = before == null ? BigDecimal.ZERO : before.qty();
        BigDecimal newQty = oldQty.add(delta);
        boolean reduces = oldQty.signum() != 0 && oldQty.signum() != delta.signum();
        if (reduces && tradingDate.equals(before.openedOn()) && dayTradingOrders.add(execution.orderId())) {
            dayTrades.add(tradingDate);
        }
        if (newQty.signum() == 0) {
            positions.remove(execution.symbol());
        } else if (!reduces) {
            BigDecimal oldValue = before == null ? BigDecimal.ZERO : before.avgEntryPrice().multiply(oldQty.abs());
            BigDecimal average = oldValue.add(execution.price().multiply(execution.qty()))
                    .divide(newQty.abs(), MathContext.DECIMAL64).stripTrailingZeros();
            positions.put(execution.symbol(), new Position(execution.symbol(), assetId, newQty, average, tradingDate));
        } else if (newQty.signum() != oldQty.signum()) {
            positions.put(execution.symbol(),
                    new Position(execution.symbol(), assetId, newQty, execution.price(), tradingDate));
        } else {
            positions.put(execution.symbol(),
                    new Position(execution.symbol(), assetId, newQty, before.avgEntryPrice(), before.openedOn()));
        }
        return newQty;
    }

    /** Whether a {@code side} order in {@code symbol} today would close shares opened today. */
    public boolean wouldDayTrade(String symbol, Side side, LocalDate tradingDate) {
        Position position = positions.get(symbol);
        return position != null && position.qty().signum() == -side.sign() && tradingDate.equals(position.openedOn());
    }

    /** Day trades in the five trading days ending with {@code today} (inclusive), as Alpaca's daytrade_count. */
    public int dayTradeCount(LocalDate today, NyseCalendar calendar) {
        LocalDate windowStart = calendar.tradingDaysBefore(today, 4);
        return (int) dayTrades.stream().filter(d -> !d.isBefore(windowStart) && !d.isAfter(today)).count();
    }
}
