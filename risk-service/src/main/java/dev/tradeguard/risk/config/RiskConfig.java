package dev.tradeguard.risk.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import dev.tradeguard.model.AutomationLevel;
import dev.tradeguard.model.TradingState;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Every risk parameter of the guide's {@code live_trading_config.py}, typed. {@link #defaults()} holds the values in
 * force unless an account or a strategy overrides them (strategy wins over account, account over defaults). The
 * upper-case environment variables of the guide (MAX_POSITION_SIZE_PCT, ...) set the defaults; see
 * application.properties. {@code LimitsValidator} refuses to start on an unsafe value.
 */
@ConfigMapping(prefix = "tradeguard.risk")
public interface RiskConfig {

    /** LIVE_TRADING_ENABLED: informational here; execution-service enforces it against the broker account. */
    @WithDefault("false")
    boolean liveTradingEnabled();

    Defaults defaults();

    /** Per-account overrides, keyed by account id. */
    Map<String, Overrides> accounts();

    /** The strategies risk-service trades for, keyed by name (DEE-BOT, SHORGAN-BOT). */
    Map<String, Strategy> strategies();

    /** The state a configured account starts in the very first time; afterwards the persisted state rules. */
    @WithDefault("ACTIVE")
    TradingState initialTradingState();

    /** Where approvers reach this service: the base of the approve/reject links in approval alerts. */
    @WithDefault("http://127.0.0.1:8082")
    String publicUrl();

    /** How often pending approvals are checked for expiry. */
    @WithDefault("15s")
    Duration expiryCheckInterval();

    /** The deployment guide's capital scaling rules (Step 5), checked on {@code POST /accounts/{id}/capital}. */
    CapitalScaling capitalScaling();

    interface CapitalScaling {
        /** "Only increase capital after 30+ days profitable": completed NYSE trading days since the last increase. */
        @WithDefault("30")
        int minProfitableDays();

        /** "Never increase by more than 2x at once." */
        @WithDefault("2")
        BigDecimal maxIncreaseFactor();

        /** "Keep cash reserves at 25-50 %": the lowest reserve a change may set. */
        @WithDefault("0.25")
        BigDecimal cashReserveMinPct();

        /** ... and the highest. */
        @WithDefault("0.50")
        BigDecimal cashReserveMaxPct();
    }

    interface Defaults {
        @WithDefault("0.05")
        BigDecimal maxPositionSizePct();

        @WithDefault("0.10")
        BigDecimal maxPortfolioRiskPct();

        @WithDefault("0.25")
        BigDecimal cashReserveMinPct();

        @WithDefault("0.02")
        BigDecimal maxDailyLossPct();

        @WithDefault("10")
        int maxConcurrentPositions();

        @WithDefault("3")
        int maxPositionsPerDay();

        @WithDefault("true")
        boolean requireStopLoss();

        @WithDefault("0.08")
        BigDecimal defaultStopLossPct();

        /** The take-profit of a bracket whose recommendation names none (the guide's +20 % profit target). */
        @WithDefault("0.20")
        BigDecimal defaultTakeProfitPct();

        @WithDefault("true")
        boolean requireManualApproval();

        @WithDefault("30")
        int approvalTimeoutMinutes();

        @WithDefault("true")
        boolean useLimitOrders();

        @WithDefault("0.005")
        BigDecimal maxSlippagePct();

        @WithDefault("60")
        int orderTimeoutMinutes();

        @WithDefault("APPROVE_ALL")
        AutomationLevel automationLevel();

        /** Consecutive losing trades that halt the account. */
        @WithDefault("3")
        int maxConsecutiveLosses();

        /** A limit price further than this from the last known price is refused. */
        @WithDefault("0.10")
        BigDecimal priceCollarPct();

        /** No account snapshot for longer than this while the market is open: nothing is approved. */
        @WithDefault("5m")
        Duration snapshotStaleAfter();

        /** New orders per account per minute, beyond which orders are throttled. */
        @WithDefault("10")
        int maxOrdersPerMinute();

        /** APPROVE_HIGH_RISK: an order of at least this share of equity is high risk. */
        @WithDefault("0.03")
        BigDecimal highRiskNotionalPct();

        /** APPROVE_HIGH_RISK: a recommendation with less confidence than this is high risk. */
        @WithDefault("0.70")
        BigDecimal highRiskConfidenceBelow();

        /** Below this equity the pattern-day-trader rule applies (FINRA: $25,000). */
        @WithDefault("25000")
        BigDecimal patternDayTraderEquity();

        /**
         * MAX_SHARES_PER_ORDER: a recommendation asking for more shares than this is denied before it is sized, never
         * quietly resized (a fat finger or a forged record is not an order); sizing never proposes more either.
         */
        @WithDefault("10000")
        int maxSharesPerOrder();
    }

    /** Optional overrides of {@link Defaults}, for an account or a strategy. */
    interface Overrides {
        Optional<BigDecimal> maxPositionSizePct();

        Optional<BigDecimal> maxPortfolioRiskPct();

        Optional<BigDecimal> cashReserveMinPct();

        Optional<BigDecimal> maxDailyLossPct();

        Optional<Integer> maxConcurrentPositions();

        Optional<Integer> maxPositionsPerDay();

        Optional<Boolean> requireStopLoss();

        Optional<BigDecimal> defaultStopLossPct();

        Optional<BigDecimal> defaultTakeProfitPct();

        Optional<Boolean> requireManualApproval();

        Optional<Integer> approvalTimeoutMinutes();

        Optional<Boolean> useLimitOrders();

        Optional<BigDecimal> maxSlippagePct();

        Optional<Integer> orderTimeoutMinutes();

        Optional<AutomationLevel> automationLevel();

        Optional<Integer> maxConsecutiveLosses();

        Optional<BigDecimal> priceCollarPct();

        Optional<Integer> maxOrdersPerMinute();

        Optional<Integer> maxSharesPerOrder();
    }

    interface Strategy extends Overrides {
        /** The account this strategy trades. */
        String account();

        /** The strategy's share of its account's equity, 0 to 1. */
        @WithName("capital-allocation-pct")
        BigDecimal capitalAllocationPct();

        /** Long-only strategies may not open shorts (DEE-BOT). */
        @WithDefault("false")
        boolean longOnly();
    }
}
