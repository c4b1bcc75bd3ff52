package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches executions into round trips, FIFO, per account, strategy and symbol. Partial fills of one order simply add
 * lots; a sell larger than the long position closes the round trip and opens a short with the rest (and vice versa).
 * Every amount is exact except the averages and returns, which are divided in {@link #MATH}.
 */
public final class TradeLedger {
    public static final MathContext MATH = MathContext.DECIMAL64;

    private final Map<String, Book> books = new LinkedHashMap<>();
    private final List<RoundTrip> closed = new ArrayList<>();

    /** Matches {@code fills} in time order (stable for equal times) and returns the ledger. */
    public static Ledger of(List<LedgerFill> fills) {
        TradeLedger ledger = new TradeLedger();
        fills.stream().sorted(Comparator.comparing(LedgerFill::time)).forEachOrdered(ledger::apply);
        return ledger.result();
    }

    public void apply(LedgerFill fill) {
        String key = fill.accountId() + '\u0000' + fill.strategy() + '\u0000' + fill.symbol();
        books.computeIfAbsent(key, ignored -> new Book(fill.accountId(), fill.strategy(), fill.symbol()))
                .apply(fill, closed);
    }

    public Ledger result() {
        List<OpenPosition> open = books.values().stream().filter(book -> !book.lots.isEmpty())
                .map(Book::openPosition).toList();
        return new Ledger(List.copyOf(closed), open);
    }

    private static final class Lot {
        BigDecimal quantity;
        final BigDecimal price;

        Lot(BigDecimal quantity, BigDecimal price) {
            this.quantity = quantity;
            this.price = price;
        }
    }

    /** The lots of one account, strategy and symbol; all open lots point the same way. */
    private static final class Book {
        final String accountId;
        final String strategy;
        final String symbol;
        final Deque<Lot> lots = new ArrayDeque<>();
        Direction direction;
        Instant openedAt;
        String correlationId;
        BigDecimal openedQuantity = BigDecimal.ZERO;
        BigDecimal openedCost = BigDecimal.ZERO;
        BigDecimal closedQuantity = BigDecimal.ZERO;
        BigDecimal closedValue = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;

        Book(String accountId, String strategy, String symbol) {
            this.accountId = accountId;
            this.strategy = strategy;
            this.symbol = symbol;
        }

        void apply(LedgerFill fill, List<RoundTrip> closed) {
            BigDecimal signed = fill.signedQuantity();
            if (signed.signum() == 0) {
                return;
            }
            Direction way = signed.signum() > 0 ? Direction.LONG : Direction.SHORT;
            if (lots.isEmpty() || way == direction) {
                open(way, signed.abs(), fill);
                return;
            }
            BigDecimal remaining = signed.abs();
            while (remaining.signum() > 0 && !lots.isEmpty()) {
                Lot lot = lots.peekFirst();
                BigDecimal taken = remaining.min(lot.quantity);
                BigDecimal perShare = direction == Direction.LONG ? fill.price().subtract(lot.price)
                        : lot.price.subtract(fill.price());
                realized = realized.add(perShare.multiply(taken));
                closedQuantity = closedQuantity.add(taken);
                closedValue = closedValue.add(taken.multiply(fill.price()));
                lot.quantity = lot.quantity.subtract(taken);
                remaining = remaining.subtract(taken);
                if (lot.quantity.signum() == 0) {
                    lots.removeFirst();
                }
            }
            if (lots.isEmpty()) {
                closed.add(new RoundTrip(accountId, strategy, symbol, direction, openedQuantity,
                        openedCost.divide(openedQuantity, MATH), closedValue.divide(closedQuantity, MATH), realized,
                        realized.divide(openedCost, MATH), openedAt, fill.time(), correlationId));
                reset();
                if (remaining.signum() > 0) {
                    open(way, remaining, fill);
                }
            }
        }

        private void open(Direction way, BigDecimal quantity, LedgerFill fill) {
            if (lots.isEmpty()) {
                direction = way;
                openedAt = fill.time();
                correlationId = fill.correlationId();
            }
            lots.addLast(new Lot(quantity, fill.price()));
            openedQuantity = openedQuantity.add(quantity);
            openedCost = openedCost.add(quantity.multiply(fill.price()));
        }

        private void reset() {
            direction = null;
            openedAt = null;
            correlationId = null;
            openedQuantity = BigDecimal.ZERO;
            openedCost = BigDecimal.ZERO;
            closedQuantity = BigDecimal.ZERO;
            closedValue = BigDecimal.ZERO;
            realized = BigDecimal.ZERO;
        }

        OpenPosition openPosition() {
            BigDecimal quantity = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            for (Lot lot : lots) {
                quantity = quantity.add(lot.quantity);
                cost = cost.add(lot.quantity.multiply(lot.price));
            }
            BigDecimal signed = direction == Direction.LONG ? quantity : quantity.negate();
            return new OpenPosition(accountId, strategy, symbol, signed, cost.divide(quantity, MATH), realized,
                    openedAt, correlationId);
        }
    }
}
