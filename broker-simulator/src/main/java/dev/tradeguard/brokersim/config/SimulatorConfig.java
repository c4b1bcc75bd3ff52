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

        /** Optional CSV of one-minute bars (symbol,timestamp,open,high,low,close,volume) replayed instead. */
        Optional<String> barsCsv();
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
