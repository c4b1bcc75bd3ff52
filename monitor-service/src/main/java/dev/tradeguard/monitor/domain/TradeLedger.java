package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Matches executions into round trips, FIFO, per account, strategy and symbol. Partial fills of one order simply add
 * lots; a sell larger than the long position closes the round trip and opens a short with the rest (and vice versa).
 * Every amount is exact except the averages and returns, which are divided in {@link #MATH}.
 */
public final class TradeLedger {
    public static final MathContext MATH = MathContext.DECIMAL64;

    private final Function<LedgerFill, String> bookOf;
    private final Map<String, Book> books = new LinkedHashMap<>();
    private final List<RoundTrip> closed = new ArrayList<>();
    private final Map<String, String> addedTo = new HashMap<>();

    public TradeLedger() {
        this(fill -> fill.accountId() + '\u0000' + fill.strategy() + '\u0000' + fill.symbol());
    }

    private TradeLedger(Function<LedgerFill, String> bookOf) {
        this.bookOf = bookOf;
    }

    /** Matches {@code fills} in time order (stable for equal times) and returns the ledger. */
    public static Ledger of(List<LedgerFill> fills) {
        return match(new TradeLedger(), fills);
    }

    /**
     * Matches {@code fills} per account and symbol alone, every strategy together, as the broker holds the position
     * (a fill of an order placed outside TradeGuard has no strategy, yet it closes the strategy's position). A round
     * trip's strategy and recommendation are those of its first opening fill.
     */
    public static Ledger netted(List<LedgerFill> fills) {
        return match(new TradeLedger(fill -> fill.accountId() + '\u0000' + fill.symbol()), fills);
    }

    private static Ledger match(TradeLedger ledger, List<LedgerFill> fills) {
        fills.stream().sorted(Comparator.comparing(LedgerFill::time)).forEachOrdered(ledger::apply);
        return ledger.result();
    }

    public void apply(LedgerFill fill) {
        Book book = books.computeIfAbsent(bookOf.apply(fill), ignored -> new Book(fill.accountId(), fill.symbol()));
        if (book.addsTo(fill)) {
            addedTo.putIfAbsent(fill.correlationId(), book.correlationId);
        }
        book.apply(fill, closed);
    }

    public Ledger result() {
        List<OpenPosition> open = books.values().stream().filter(book -> !book.lots.isEmpty())
                .map(Book::openPosition).toList();
        return new Ledger(List.copyOf(closed), open, Map.copyOf(addedTo));
    }

    private static final class Lot {
        BigDecimal quantity;
        final BigDecimal price;

        Lot(BigDecimal quantity, BigDecimal price) {
            this.quantity = quantity;
            this.price = price;
        }
    }

    /** The lots of one book (account, strategy and symbol; or account and symbol); all open lots point one way. */
    private static final class Book {
        final String accountId;
        final String symbol;
        String strategy;
        final Deque<Lot> lots = new ArrayDeque<>();
        Direction direction;
        Instant openedAt;
        String correlationId;
        BigDecimal openedQuantity = BigDecimal.ZERO;
        BigDecimal openedCost = BigDecimal.ZERO;
        BigDecimal closedQuantity = BigDecimal.ZERO;
        BigDecimal closedValue = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;

        Book(String accountId, String symbol) {
            this.accountId = accountId;
            this.symbol = symbol;
        }

        /** Whether {@code fill} adds to the position another recommendation opened. */
        boolean addsTo(LedgerFill fill) {
            Direction way = fill.signedQuantity().signum() > 0 ? Direction.LONG : Direction.SHORT;
            return !lots.isEmpty() && way == direction && correlationId != null && fill.correlationId() != null
                    && !fill.correlationId().equals(correlationId);
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
                strategy = fill.strategy();
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
