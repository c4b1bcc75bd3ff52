package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The account as execution-service streams it: cash, the previous close's equity and every position with its latest
 * mark. Seeded from the broker's REST answer (start-up, every reconciliation), moved by fills (quantity, average entry,
 * cash) and by trades (price). Equity is cash + Σ quantity × price, as Alpaca computes it. Not thread-safe: its owner
 * serialises access.
 *
 * <p>The arithmetic is the broker's: an opening or adding fill averages the entry price over the new quantity
 * (DECIMAL64), a reducing fill keeps it, a fill through zero starts again at the fill price.
 */
public final class PositionBook {
    /** Average entry prices are compared to this many decimals (the broker rounds its averages). */
    static final int PRICE_SCALE = 4;

    /** One position and the mark it is valued at. */
    public record Holding(String symbol, BigDecimal quantity, BigDecimal avgEntryPrice, BigDecimal price,
            Instant priceAt) {
        public BigDecimal marketValue() {
            return quantity.multiply(price);
        }

        public BigDecimal costBasis() {
            return quantity.multiply(avgEntryPrice);
        }

        public BigDecimal unrealizedPl() {
            return marketValue().subtract(costBasis());
        }

        /** As a fraction of the cost basis, to 10 decimals as the broker gives it. */
        public BigDecimal unrealizedPlPct() {
            BigDecimal basis = costBasis().abs();
            return basis.signum() == 0 ? BigDecimal.ZERO
                    : unrealizedPl().divide(basis, MathContext.DECIMAL64).setScale(10, RoundingMode.HALF_EVEN)
                            .stripTrailingZeros();
        }
    }

    /** What a fill did to the book. */
    public enum FillOutcome {
        APPLIED,
        /** The book already held the quantity after the fill (a reconciliation read it first): nothing moved. */
        ALREADY_IN_BOOK,
        /** The book's quantity plus the fill is not the broker's quantity after it: a fill was missed. */
        INCONSISTENT
    }

    private final Map<String, Holding> holdings = new TreeMap<>();
    private final Map<String, Instant> lastTradeAt = new HashMap<>();
    private boolean seeded;
    private BigDecimal cash = BigDecimal.ZERO;
    private BigDecimal lastEquity = BigDecimal.ZERO;
    private BigDecimal buyingPower = BigDecimal.ZERO;
    private boolean marketOpen;

    /** Replaces everything with the broker's answer. */
    public void replace(BrokerAccount account, List<BrokerPosition> positions, BrokerClock clock, Instant at) {
        holdings.clear();
        for (BrokerPosition p : positions) {
            if (p.quantity() != null && p.quantity().signum() != 0) {
                holdings.put(p.symbol(), new Holding(p.symbol(), p.quantity(), p.avgEntryPrice(),
                        p.currentPrice() != null ? p.currentPrice() : p.avgEntryPrice(), at));
            }
        }
        cash = account.cash();
        lastEquity = account.lastEquity();
        buyingPower = account.buyingPower() == null ? BigDecimal.ZERO : account.buyingPower().max(BigDecimal.ZERO);
        marketOpen = clock.open();
        seeded = true;
    }

    /**
     * A trade in {@code symbol}: true if a held position was revalued. A trade older than the last trade the feed sent
     * for the symbol is ignored; it is compared with the feed's own timestamps only, never with this process's clock
     * or a fill's, which run apart from the feed's (a reconciliation must not make the next ticks look old). A trade
     * at the price the position is already marked at revalues nothing, so it is false too: it would publish a change
     * that changes no figure (the last trade read after every fill is usually the fill itself).
     */
    public boolean tick(String symbol, BigDecimal price, Instant at) {
        Holding held = holdings.get(symbol);
        Instant lastTrade = lastTradeAt.get(symbol);
        if (held == null || (lastTrade != null && at != null && at.isBefore(lastTrade))) {
            return false;
        }
        if (at != null) {
            lastTradeAt.put(symbol, at);
        }
        if (held.price() != null && held.price().compareTo(price) == 0) {
            return false;
        }
        holdings.put(symbol, new Holding(symbol, held.quantity(), held.avgEntryPrice(), price,
                at != null ? at : held.priceAt()));
        return true;
    }

    /**
     * A fill of {@code quantity} at {@code price} ({@code buy} or sell). {@code positionAfter} is the broker's
     * position quantity after it (null when unknown); it is the quantity the book takes.
     */
    public FillOutcome fill(String symbol, boolean buy, BigDecimal quantity, BigDecimal price, BigDecimal positionAfter,
            Instant at) {
        Holding before = holdings.get(symbol);
        BigDecimal oldQty = before == null ? BigDecimal.ZERO : before.quantity();
        BigDecimal delta = buy ? quantity : quantity.negate();
        BigDecimal expected = oldQty.add(delta);
        BigDecimal newQty = positionAfter != null ? positionAfter : expected;
        if (positionAfter != null && oldQty.compareTo(positionAfter) == 0 && delta.signum() != 0) {
            // Its price is no news either: the ticks since have valued the position.
            return FillOutcome.ALREADY_IN_BOOK;
        }
        cash = cash.subtract(delta.multiply(price));
        boolean reduces = oldQty.signum() != 0 && oldQty.signum() != delta.signum();
        if (newQty.signum() == 0) {
            holdings.remove(symbol);
        } else if (!reduces) {
            BigDecimal oldValue = before == null ? BigDecimal.ZERO : before.avgEntryPrice().multiply(oldQty.abs());
            // as many decimals as the broker's own average keeps (BrokerPosition.AVERAGE_SCALE)
            BigDecimal average = oldValue.add(price.multiply(quantity)).divide(newQty.abs(),
                    BrokerPosition.AVERAGE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
            holdings.put(symbol, new Holding(symbol, newQty, average, price, at));
        } else if (newQty.signum() != oldQty.signum()) {
            holdings.put(symbol, new Holding(symbol, newQty, price, price, at));
        } else {
            holdings.put(symbol, new Holding(symbol, newQty, before.avgEntryPrice(), price, at));
        }
        return expected.compareTo(newQty) == 0 ? FillOutcome.APPLIED : FillOutcome.INCONSISTENT;
    }

    public boolean seeded() {
        return seeded;
    }

    public BigDecimal equity() {
        BigDecimal equity = cash;
        for (Holding held : holdings.values()) {
            equity = equity.add(held.marketValue());
        }
        return equity;
    }

    public BigDecimal cash() {
        return cash;
    }

    public BigDecimal lastEquity() {
        return lastEquity;
    }

    public BigDecimal buyingPower() {
        return buyingPower;
    }

    public boolean marketOpen() {
        return marketOpen;
    }

    public Optional<Holding> holding(String symbol) {
        return Optional.ofNullable(holdings.get(symbol));
    }

    public BigDecimal quantity(String symbol) {
        Holding held = holdings.get(symbol);
        return held == null ? BigDecimal.ZERO : held.quantity();
    }

    public Set<String> symbols() {
        return new TreeSet<>(holdings.keySet());
    }

    public int openPositions() {
        return holdings.size();
    }

    /**
     * What differs between this book and the broker's answer, one line per difference naming ours and the broker's:
     * quantity and average entry per symbol, cash (to the cent), and equity beyond {@code equityTolerancePct} of the
     * broker's (the two are valued at prices read at different moments).
     */
    public List<String> differences(BrokerAccount account, List<BrokerPosition> positions,
            BigDecimal equityTolerancePct) {
        List<String> differences = new ArrayList<>();
        Map<String, BrokerPosition> theirs = new HashMap<>();
        for (BrokerPosition p : positions) {
            if (p.quantity() != null && p.quantity().signum() != 0) {
                theirs.put(p.symbol(), p);
            }
        }
        Set<String> symbols = new TreeSet<>(holdings.keySet());
        symbols.addAll(theirs.keySet());
        for (String symbol : symbols) {
            Holding ours = holdings.get(symbol);
            BrokerPosition broker = theirs.get(symbol);
            BigDecimal ourQty = ours == null ? BigDecimal.ZERO : ours.quantity();
            BigDecimal brokerQty = broker == null ? BigDecimal.ZERO : broker.quantity();
            if (ourQty.compareTo(brokerQty) != 0) {
                differences.add(symbol + " quantity: ours " + ourQty.toPlainString() + ", broker's "
                        + brokerQty.toPlainString());
            } else if (ours != null && broker.avgEntryPrice() != null
                    && rounded(ours.avgEntryPrice()).compareTo(rounded(broker.avgEntryPrice())) != 0) {
                differences.add(symbol + " avg entry: ours " + ours.avgEntryPrice().toPlainString() + ", broker's "
                        + broker.avgEntryPrice().toPlainString());
            }
        }
        if (account.cash() != null && cents(cash).compareTo(cents(account.cash())) != 0) {
            differences.add("cash: ours " + cash.toPlainString() + ", broker's " + account.cash().toPlainString());
        }
        BigDecimal equity = equity();
        if (account.equity() != null) {
            BigDecimal allowed = account.equity().abs().multiply(equityTolerancePct);
            if (equity.subtract(account.equity()).abs().compareTo(allowed.max(new BigDecimal("0.01"))) > 0) {
                differences.add("equity: ours " + cents(equity).toPlainString() + ", broker's "
                        + account.equity().toPlainString() + " (tolerance " + percent(equityTolerancePct) + ")");
            }
        }
        return differences;
    }

    private static BigDecimal rounded(BigDecimal price) {
        return price.setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal cents(BigDecimal money) {
        return money.setScale(2, RoundingMode.HALF_EVEN);
    }

    static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
