package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.config.SimulatorConfig;
import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.Quote;
import dev.tradeguard.brokersim.domain.Trade;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.brokersim.service.PaperBroker;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alpaca Market Data API v2 for stocks (data.alpaca.markets): historical bars aggregated from the simulator's minute
 * bars, and the latest trade, quote and bar. Only data up to the simulated "now" exists.
 */
@Path("/v2/stocks")
@Produces(MediaType.APPLICATION_JSON)
public class MarketDataResource {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern TIMEFRAME = Pattern.compile("(\\d+)(Min|T|Hour|H|Day|D)");
    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10_000;

    private final PaperBroker broker;
    private final SimulatorConfig config;

    public MarketDataResource(PaperBroker broker, SimulatorConfig config) {
        this.broker = broker;
        this.config = config;
    }

    @GET
    @Path("/{symbol}/bars")
    public ObjectNode bars(@PathParam("symbol") String symbol, @QueryParam("start") String start,
                           @QueryParam("end") String end, @QueryParam("timeframe") String timeframe,
                           @QueryParam("limit") String limit, @QueryParam("page_token") String pageToken) {
        String key = known(symbol);
        Page page = page(new TreeSet<>(Set.of(key)), start, end, timeframe, limit, pageToken);
        ObjectNode node = JSON.objectNode();
        ArrayNode bars = node.putArray("bars");
        page.bars.getOrDefault(key, List.of()).forEach(b -> bars.add(AlpacaJson.bar(b)));
        node.put("symbol", key);
        node.put("next_page_token", page.nextToken);
        return node;
    }

    @GET
    @Path("/bars")
    public ObjectNode multiBars(@QueryParam("symbols") String symbols, @QueryParam("start") String start,
                                @QueryParam("end") String end, @QueryParam("timeframe") String timeframe,
                                @QueryParam("limit") String limit, @QueryParam("page_token") String pageToken) {
        Page page = page(symbolSet(symbols), start, end, timeframe, limit, pageToken);
        ObjectNode node = JSON.objectNode();
        ObjectNode bars = node.putObject("bars");
        page.bars.forEach((symbol, list) -> {
            ArrayNode array = bars.putArray(symbol);
            list.forEach(b -> array.add(AlpacaJson.bar(b)));
        });
        node.put("next_page_token", page.nextToken);
        return node;
    }

    @GET
    @Path("/{symbol}/bars/latest")
    public ObjectNode latestBar(@PathParam("symbol") String symbol) {
        return latestOf(symbol, "bar", key -> broker.latestBar(key).map(AlpacaJson::bar)
                .orElseThrow(() -> BrokerRejection.notFound("no bar for " + key)));
    }

    @GET
    @Path("/{symbol}/trades/latest")
    public ObjectNode latestTrade(@PathParam("symbol") String symbol) {
        return latestOf(symbol, "trade", this::trade);
    }

    @GET
    @Path("/trades/latest")
    public ObjectNode latestTrades(@QueryParam("symbols") String symbols) {
        return latestOfEach(symbols, "trades", this::trade);
    }

    @GET
    @Path("/{symbol}/quotes/latest")
    public ObjectNode latestQuote(@PathParam("symbol") String symbol) {
        return latestOf(symbol, "quote", this::quote);
    }

    @GET
    @Path("/quotes/latest")
    public ObjectNode latestQuotes(@QueryParam("symbols") String symbols) {
        return latestOfEach(symbols, "quotes", this::quote);
    }

    /** Alpaca's single-symbol latest answer: {@code {"symbol": …, "<field>": …}}. */
    private ObjectNode latestOf(String symbol, String field, Function<String, ObjectNode> latest) {
        String key = known(symbol);
        ObjectNode node = JSON.objectNode();
        node.put("symbol", key);
        node.set(field, latest.apply(key));
        return node;
    }

    /** Alpaca's multi-symbol latest answer: {@code {"<field>": {"<symbol>": …, …}}}. */
    private ObjectNode latestOfEach(String symbols, String field, Function<String, ObjectNode> latest) {
        ObjectNode node = JSON.objectNode();
        ObjectNode bySymbol = node.putObject(field);
        symbolSet(symbols).forEach(s -> bySymbol.set(s, latest.apply(s)));
        return node;
    }

    private ObjectNode trade(String symbol) {
        return AlpacaJson.trade(broker.latestTrade(symbol));
    }

    /** A quote around the last trade, as the market-data stream makes them (see {@link Quote#around}). */
    private ObjectNode quote(String symbol) {
        Trade last = broker.latestTrade(symbol);
        return AlpacaJson.quote(Quote.around(last, config.market().quoteSpread(), last.timestamp()));
    }

    private record Page(Map<String, List<Bar>> bars, String nextToken) {
    }

    private Page page(TreeSet<String> symbols, String start, String end, String timeframe, String limit,
                      String pageToken) {
        Instant now = broker.now();
        NyseCalendar calendar = broker.calendar();
        Instant from = QueryParams.instant(start, "start");
        if (from == null) {
            from = NyseCalendar.startOfDay(NyseCalendar.marketDate(now));
        }
        Instant to = QueryParams.instant(end, "end");
        if (to == null || to.isAfter(now)) {
            to = now;
        }
        Frame frame = frame(timeframe);
        int max = QueryParams.integer(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String resumeSymbol = null;
        Instant resumeAt = null;
        if (pageToken != null && !pageToken.isBlank()) {
            String[] parts = decodeToken(pageToken);
            resumeSymbol = parts[0];
            resumeAt = Instant.parse(parts[1]);
        }
        Map<String, List<Bar>> result = new LinkedHashMap<>();
        int count = 0;
        for (String symbol : symbols) {
            if (resumeSymbol != null && symbol.compareTo(resumeSymbol) < 0) {
                continue;
            }
            for (Bar bar : aggregate(symbol, from, to, frame, calendar)) {
                if (resumeSymbol != null && symbol.equals(resumeSymbol) && bar.timestamp().isBefore(resumeAt)) {
                    continue;
                }
                if (count == max) {
                    return new Page(result, encodeToken(symbol, bar.timestamp()));
                }
                result.computeIfAbsent(symbol, s -> new ArrayList<>()).add(bar);
                count++;
            }
        }
        return new Page(result, null);
    }

    private record Frame(Duration length, boolean daily) {
    }

    private static Frame frame(String timeframe) {
        String value = timeframe == null ? "1Min" : timeframe;
        Matcher m = TIMEFRAME.matcher(value);
        if (!m.matches()) {
            throw BrokerRejection.invalid("invalid timeframe: " + value
                    + " (supported: [1-59]Min, [1-23]Hour, 1Day)");
        }
        int amount = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "Min", "T" -> {
                if (amount < 1 || amount > 59) {
                    throw BrokerRejection.invalid("invalid timeframe: minute bars must be 1-59Min");
                }
                yield new Frame(Duration.ofMinutes(amount), false);
            }
            case "Hour", "H" -> {
                if (amount < 1 || amount > 23) {
                    throw BrokerRejection.invalid("invalid timeframe: hour bars must be 1-23Hour");
                }
                yield new Frame(Duration.ofHours(amount), false);
            }
            default -> {
                if (amount != 1) {
                    throw BrokerRejection.invalid("invalid timeframe: only 1Day is supported for daily bars");
                }
                yield new Frame(Duration.ofDays(1), true);
            }
        };
    }

    private List<Bar> aggregate(String symbol, Instant from, Instant to, Frame frame, NyseCalendar calendar) {
        Instant minuteFrom = frame.daily
                ? NyseCalendar.startOfDay(NyseCalendar.marketDate(from))
                : bucketStart(from, frame.length);
        List<Bar> minutes = broker.minuteBars(symbol, minuteFrom, to);
        if (!frame.daily && frame.length.equals(Duration.ofMinutes(1))) {
            return minutes.stream().filter(b -> !b.timestamp().isBefore(from)).toList();
        }
        Map<Instant, List<Bar>> buckets = new LinkedHashMap<>();
        for (Bar bar : minutes) {
            Instant bucket = frame.daily
                    ? NyseCalendar.startOfDay(NyseCalendar.marketDate(bar.timestamp()))
                    : bucketStart(bar.timestamp(), frame.length);
            buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(bar);
        }
        List<Bar> result = new ArrayList<>();
        buckets.forEach((bucket, bars) -> {
            if (!bucket.isBefore(frame.daily ? minuteFrom : from)) {
                result.add(combine(symbol, bucket, frame.length, bars));
            }
        });
        return result;
    }

    private static Instant bucketStart(Instant at, Duration length) {
        long seconds = length.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    private static Bar combine(String symbol, Instant start, Duration length, List<Bar> bars) {
        BigDecimal high = bars.get(0).high();
        BigDecimal low = bars.get(0).low();
        long volume = 0;
        long trades = 0;
        BigDecimal turnover = BigDecimal.ZERO;
        for (Bar bar : bars) {
            high = high.max(bar.high());
            low = low.min(bar.low());
            volume += bar.volume();
            trades += bar.tradeCount();
            turnover = turnover.add(bar.vwap().multiply(BigDecimal.valueOf(bar.volume())));
        }
        BigDecimal vwap = volume == 0 ? bars.get(bars.size() - 1).close()
                : turnover.divide(BigDecimal.valueOf(volume), 4, RoundingMode.HALF_EVEN);
        return new Bar(symbol, start, length, bars.get(0).open(), high, low, bars.get(bars.size() - 1).close(),
                volume, trades, vwap);
    }

    private TreeSet<String> symbolSet(String csv) {
        Set<String> requested = QueryParams.symbols(csv);
        if (requested == null || requested.isEmpty()) {
            throw BrokerRejection.invalid("symbols is required");
        }
        TreeSet<String> known = new TreeSet<>();
        requested.forEach(s -> known.add(known(s)));
        return known;
    }

    private String known(String symbol) {
        String key = symbol.toUpperCase(Locale.ROOT);
        if (!broker.knowsSymbol(key)) {
            throw BrokerRejection.invalid("invalid symbol: " + symbol);
        }
        return key;
    }

    private static String encodeToken(String symbol, Instant at) {
        return Base64.getEncoder().encodeToString((symbol + ";" + at).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decodeToken(String token) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split(";", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            Instant.parse(parts[1]);
            return parts;
        } catch (RuntimeException e) {
            throw BrokerRejection.invalid("invalid page_token");
        }
    }
}
