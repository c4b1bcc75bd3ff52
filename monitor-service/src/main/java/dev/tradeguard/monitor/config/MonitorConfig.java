package dev.tradeguard.monitor.config;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the guide's position rules, red flags and go-live checklist, and the benchmark source. */
@ConfigMapping(prefix = "tradeguard.monitor")
public interface MonitorConfig {

    /** Annual risk-free rate of Sharpe, Sortino and alpha, as a fraction (0.04 = 4 %). */
    @WithDefault("0")
    BigDecimal riskFreeRate();

    PositionRules positionRules();

    RedFlags redFlags();

    GoLive goLive();

    Benchmark benchmark();

    interface PositionRules {
        /** Unrealized gain at which PROFIT_TARGET says "consider taking profits" (0.20 = +20 %). */
        @WithDefault("0.20")
        BigDecimal profitTargetPct();

        /** A position held longer than this at a loss raises TIME_EXIT. */
        @WithDefault("30")
        int timeExitDays();
    }

    /** The guide's "Red Flags (STOP TRADING)". */
    interface RedFlags {
        @WithDefault("0.50")
        BigDecimal minWinRate();

        @WithDefault("3")
        int maxConsecutiveLosses();

        @WithDefault("0.02")
        BigDecimal maxDailyLossPct();

        @WithDefault("0.10")
        BigDecimal maxDrawdownPct();

        @WithDefault("0.5")
        BigDecimal minSharpe();
    }

    /** The guide's Phase 1 and final checklist thresholds. */
    interface GoLive {
        @WithDefault("30")
        int minPaperTradingDays();

        @WithDefault("0.60")
        BigDecimal minWinRate();

        @WithDefault("1.0")
        BigDecimal minSharpe();

        /** Max drawdown must stay strictly below this. */
        @WithDefault("0.15")
        BigDecimal maxDrawdownPct();

        /** The kill switch counts as exercised recently when it was halted within this many days. */
        @WithDefault("30")
        int killSwitchWithinDays();
    }

    /** Benchmark daily closes from Alpaca's market-data API; a data-only or paper key, never a live trading key. */
    interface Benchmark {
        @WithDefault("SPY")
        String symbol();

        @WithDefault("https://data.alpaca.markets")
        URI dataUrl();

        /** iex works with a free key; sip needs a subscription. */
        @WithDefault("iex")
        String feed();

        Optional<String> keyId();

        Optional<String> secretKey();

        /** When, in New York on a trading day, the day's close is fetched (on the service's Clock). */
        @WithDefault("16:05")
        LocalTime refreshAt();
    }
}
