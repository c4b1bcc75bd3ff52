package dev.tradeguard.brokersim.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "broker-simulator")
public interface SimulatorConfig {

    /** Value clients must send in APCA-API-KEY-ID. */
    @WithDefault("SIMULATOR-KEY")
    String keyId();

    /** Value clients must send in APCA-API-SECRET-KEY. */
    @WithDefault("SIMULATOR-SECRET")
    String secretKey();

    Account account();

    Market market();

    Clock clock();

    MarketDataStream marketDataStream();

    @WithDefault("200")
    int requestsPerMinute();

    interface Account {
        @WithDefault("100000")
        BigDecimal initialCash();

        /** 1 = cash account (no shorting), 2 = Reg T margin account. */
        @WithDefault("2")
        int multiplier();

        @WithDefault("true")
        boolean shortingEnabled();

        /** Chance that one execution fills only part of what is left. */
        @WithDefault("0")
        double partialFillProbability();

        @WithDefault("25000")
        BigDecimal patternDayTraderMinimumEquity();
    }

    interface Market {
        /** Seeds the synthetic price paths and the partial-fill draws. */
        @WithDefault("42")
        long seed();

        /** Bundled symbols with synthetic paths, as SYMBOL:start-price. */
        @WithDefault("SPY:500.00,QQQ:430.00,IWM:200.00,AAPL:190.00,MSFT:410.00,NVDA:900.00,AMZN:180.00,GOOGL:150.00,META:480.00,TSLA:200.00")
        List<String> symbols();

        /**
         * Optional CSV of bars replayed instead of the synthetic paths for its symbols: one-minute bars
         * (symbol,timestamp,open,high,low,close,volume) or daily bars (symbol,date,open,high,low,close,volume), told
         * apart by the header; a daily bar becomes a session of one-minute bars through its open, low, high and close.
         */
        Optional<String> barsCsv();

        /**
         * Distance between the made-up bid and ask, centred on the last trade, in REST quotes and streamed ones alike.
         * Unset: one cent either side of the last price, or one basis point either side when that is larger.
         */
        Optional<BigDecimal> quoteSpread();
    }

    /**
     * Alpaca's real-time stock data websocket, {@code /v2/{feed}} with feed {@code iex}, {@code sip} or {@code test}.
     *
     * <p>Every last price the simulator prints is streamed: each minute bar its paths reveal as the clock passes (a
     * {@code b} to bar subscribers and a {@code t} at the bar's close to trade subscribers), and each price set through
     * {@code PUT /admin/prices/{symbol}} (a {@code t} at once).
     *
     * <p><b>Quotes are a heartbeat.</b> A path has one price a minute, but a consumer that hears nothing about a held
     * symbol for a while treats its feed as stale. So every connected session gets, for each symbol it subscribed
     * quotes for, a {@code q} around the last price every {@link #quoteInterval()} (bid and ask as
     * {@code broker-simulator.market.quote-spread} says), and one more whenever the last price changes. Heartbeat
     * quotes are stamped with the simulator's clock, which does not move in stepped mode.
     */
    interface MarketDataStream {
        /** A session that has not authenticated this long after connecting gets error 404 and is closed. */
        @WithDefault("5s")
        Duration authTimeout();

        /**
         * Most trade plus quote channels one session may hold on the {@code iex} and {@code test} feeds (Alpaca's
         * free plan allows 30; bars are unlimited, and so is everything on {@code sip}). 0 means no limit.
         */
        @WithDefault("30")
        int symbolLimit();

        /** Authenticated sessions allowed at once for the key pair; Alpaca allows one. Beyond it: error 406. */
        @WithDefault("1")
        int connectionLimit();

        /** How often each quote subscriber gets a heartbeat quote per subscribed symbol; 0 sends none. */
        @WithDefault("1s")
        Duration quoteInterval();
    }

    interface Clock {
        /** Simulated start time; default: now, or the first CSV bar when bars are replayed. */
        Optional<Instant> start();

        /** 1 = real time, N = N times faster, 0 = stepped (moves only through the admin API). */
        @WithDefault("1")
        double speed();

        /** How often the running clock lets the market catch up. */
        @WithDefault("200ms")
        Duration tickInterval();
    }
}
