package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.brokersim.domain.MarketTick;
import dev.tradeguard.brokersim.domain.Trade;
import dev.tradeguard.model.market.NyseCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The simulated market: one minute-bar price path per symbol, revealed only as the clock passes each bar's end (no
 * look-ahead). A path is either replayed from bars the user gave (CSV) or generated from a seeded random walk during
 * regular sessions, continuing from the last price, so a price set by hand carries on into the following bars.
 * Not thread-safe: the {@link PaperBroker} owns it and calls it under its lock.
 */
public final class MarketData {

    public static final Duration MINUTE = Duration.ofMinutes(1);
    /** Trading days of synthetic history generated before the start, so bar queries have something to answer. */
    public static final int HISTORY_DAYS = 5;
    private static final double MINUTE_VOLATILITY = 0.0006;

    private final NyseCalendar calendar;
    private final Map<String, BigDecimal> syntheticStartPrices;
    private final Map<String, List<Bar>> replayedBars;
    private final long seed;
    private final Map<String, SymbolPath> paths = new TreeMap<>();

    public MarketData(NyseCalendar calendar, Map<String, BigDecimal> syntheticStartPrices,
                      Map<String, List<Bar>> replayedBars, long seed) {
        this.calendar = calendar;
        this.syntheticStartPrices = Map.copyOf(syntheticStartPrices);
        this.replayedBars = Map.copyOf(replayedBars);
        this.seed = seed;
    }

    /** Forgets everything revealed and starts every path again at {@code start}, with fresh seeded randomness. */
    public void reset(Instant start) {
        paths.clear();
        LocalDate historyStart = calendar.tradingDaysBefore(NyseCalendar.marketDate(start), HISTORY_DAYS);
        Instant syntheticOrigin = NyseCalendar.at(historyStart, NyseCalendar.OPEN);
        syntheticStartPrices.forEach((symbol, price) -> {
            if (!replayedBars.containsKey(symbol)) {
                paths.put(symbol, SymbolPath.synthetic(symbol, price, syntheticOrigin, new Random(seed ^ symbol.hashCode())));
            }
        });
        replayedBars.forEach((symbol, bars) -> paths.put(symbol, SymbolPath.replay(symbol, bars)));
        advanceTo(start);
    }

    /** Every symbol the market has a path for, whether or not it has been started: replayed and synthetic. */
    public List<String> configuredSymbols() {
        java.util.TreeSet<String> symbols = new java.util.TreeSet<>(syntheticStartPrices.keySet());
        symbols.addAll(replayedBars.keySet());
        return List.copyOf(symbols);
    }

    public boolean knows(String symbol) {
        return paths.containsKey(symbol);
    }

    public List<String> symbols() {
        return List.copyOf(paths.keySet());
    }

    public static String assetId(String symbol) {
        return UUID.nameUUIDFromBytes(("us_equity:" + symbol).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Reveals every bar that has ended by {@code now}; returns them ordered by end time, then symbol. */
    public List<Bar> advanceTo(Instant now) {
        return reveal(now).stream().map(MarketTick::closedBar).toList();
    }

    /**
     * Reveals every bar that has ended by {@code now}, each with the trade printed at its close; ordered by end time,
     * then symbol.
     */
    public List<MarketTick> reveal(Instant now) {
        List<MarketTick> revealed = new ArrayList<>();
        for (SymbolPath path : paths.values()) {
            revealed.addAll(path.advanceTo(now, calendar));
        }
        revealed.sort(Comparator.comparing((MarketTick tick) -> tick.closedBar().end())
                .thenComparing(tick -> tick.closedBar().symbol()));
        return revealed;
    }

    public BigDecimal lastPrice(String symbol) {
        return path(symbol).lastPrice;
    }

    public Instant lastPriceAt(String symbol) {
        return path(symbol).lastPriceAt;
    }

    /** The last trade printed: what "latest trade" answers and what the market-data stream last sent. */
    public Trade latestTrade(String symbol) {
        return path(symbol).lastTrade();
    }

    /** A trade printed by hand: the new last price, from which a synthetic path continues. */
    public Trade setPrice(String symbol, BigDecimal price, Instant at) {
        SymbolPath path = path(symbol);
        path.lastPrice = price;
        path.lastPriceAt = at;
        path.tradesPrinted++;
        return path.lastTrade();
    }

    /** Revealed one-minute bars with {@code from <= timestamp <= to}. */
    public List<Bar> minuteBars(String symbol, Instant from, Instant to) {
        List<Bar> result = new ArrayList<>();
        for (Bar bar : path(symbol).revealed) {
            if (!bar.timestamp().isBefore(from) && !bar.timestamp().isAfter(to)) {
                result.add(bar);
            }
        }
        return result;
    }

    /** The last close before the regular session of {@code date}: a position's "lastday_price". */
    public BigDecimal previousClose(String symbol, LocalDate date) {
        Instant sessionOpen = NyseCalendar.at(date, NyseCalendar.OPEN);
        SymbolPath path = path(symbol);
        BigDecimal close = null;
        for (Bar bar : path.revealed) {
            if (bar.end().isAfter(sessionOpen)) {
                break;
            }
            close = bar.close();
        }
        return close != null ? close : path.firstPrice;
    }

    public Optional<Bar> latestBar(String symbol) {
        List<Bar> revealed = path(symbol).revealed;
        return revealed.isEmpty() ? Optional.empty() : Optional.of(revealed.get(revealed.size() - 1));
    }

    private SymbolPath path(String symbol) {
        SymbolPath path = paths.get(symbol);
        if (path == null) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
        return path;
    }

    private static final class SymbolPath {
        private final String symbol;
        private final List<Bar> revealed = new ArrayList<>();
        private final BigDecimal firstPrice;
        private final Random random;
        private final List<Bar> pending;
        private int nextPending;
        private Instant nextBarStart;
        private BigDecimal lastPrice;
        private Instant lastPriceAt;
        private long tradesPrinted;

        private SymbolPath(String symbol, BigDecimal firstPrice, Random random, List<Bar> pending, Instant origin) {
            this.symbol = symbol;
            this.firstPrice = firstPrice;
            this.random = random;
            this.pending = pending;
            this.nextBarStart = origin;
            this.lastPrice = firstPrice;
            this.lastPriceAt = origin;
        }

        static SymbolPath synthetic(String symbol, BigDecimal startPrice, Instant origin, Random random) {
            return new SymbolPath(symbol, startPrice, random, null, origin);
        }

        static SymbolPath replay(String symbol, List<Bar> bars) {
            List<Bar> sorted = new ArrayList<>(bars);
            sorted.sort(Comparator.comparing(Bar::timestamp));
            return new SymbolPath(symbol, sorted.get(0).open(), null, sorted, sorted.get(0).timestamp());
        }

        Trade lastTrade() {
            return new Trade(symbol, tradesPrinted, lastPrice, Trade.ROUND_LOT, lastPriceAt);
        }

        List<MarketTick> advanceTo(Instant now, NyseCalendar calendar) {
            return pending != null ? replayUntil(now) : generateUntil(now, calendar);
        }

        private List<MarketTick> replayUntil(Instant now) {
            List<MarketTick> out = new ArrayList<>();
            while (nextPending < pending.size() && !pending.get(nextPending).end().isAfter(now)) {
                Bar bar = pending.get(nextPending++);
                reveal(bar, out);
            }
            return out;
        }

        private List<MarketTick> generateUntil(Instant now, NyseCalendar calendar) {
            List<MarketTick> out = new ArrayList<>();
            while (true) {
                if (!calendar.isOpen(nextBarStart)) {
                    nextBarStart = calendar.nextOpen(nextBarStart);
                }
                Instant end = nextBarStart.plus(MINUTE);
                if (end.isAfter(now)) {
                    return out;
                }
                reveal(generate(nextBarStart), out);
                nextBarStart = end;
            }
        }

        private void reveal(Bar bar, List<MarketTick> out) {
            revealed.add(bar);
            lastPrice = bar.close();
            lastPriceAt = bar.end();
            tradesPrinted++;
            out.add(new MarketTick(lastTrade(), bar));
        }

        private Bar generate(Instant start) {
            double open = lastPrice.doubleValue();
            double price = open;
            double high = open;
            double low = open;
            for (int step = 0; step < 4; step++) {
                price = price * Math.exp(MINUTE_VOLATILITY / 2 * random.nextGaussian());
                high = Math.max(high, price);
                low = Math.min(low, price);
            }
            long volume = 1_000 + random.nextInt(50_000);
            long trades = 10 + random.nextInt(500);
            BigDecimal o = lastPrice;
            BigDecimal c = cents(price);
            BigDecimal h = cents(high).max(o).max(c);
            BigDecimal l = cents(low).min(o).min(c);
            BigDecimal vwap = h.add(l).add(c).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_EVEN);
            return new Bar(symbol, start, MINUTE, o, h, l, c, volume, trades, vwap);
        }

        private static BigDecimal cents(double value) {
            return BigDecimal.valueOf(Math.max(value, 0.01)).setScale(2, RoundingMode.HALF_EVEN);
        }
    }
}
