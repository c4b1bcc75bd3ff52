package dev.tradeguard.execution.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed configuration of execution-service. Defaults are the guide's ({@code LIVE_TRADING_ENABLED=false},
 * {@code MAX_SLIPPAGE_PCT=0.005}, {@code USE_LIMIT_ORDERS=true}, {@code ORDER_TIMEOUT_MINUTES=60}); the environment
 * variables are mapped in application.properties. Keys never appear in {@code toString} (there is none) or logs.
 *
 * <p>Issue 15 keys: {@code alpaca.data-feed} (ALPACA_DATA_FEED, IEX) is also the feed of the market-data stream;
 * {@code marks.enabled} (true), {@code marks.coalesce-interval} (TRADEGUARD_MARKS_COALESCE_INTERVAL, 100ms),
 * {@code marks.stale-after} (TRADEGUARD_MARKS_STALE_AFTER, 10s), {@code guard.max-daily-loss-pct}
 * (MAX_DAILY_LOSS_PCT, 0.02, must be in (0, 1] or start-up fails) and {@code snapshots.equity-tolerance-pct} (0.005).
 */
@ConfigMapping(prefix = "tradeguard.execution")
public interface ExecutionConfig {

    /** The TradeGuard account id (Kafka key) of the one Alpaca account this instance trades, e.g. PA-DEE. */
    String accountId();

    /** LIVE_TRADING_ENABLED: true only with the LIVE endpoint and a live account (BRIEF invariant 6). */
    @WithDefault("false")
    boolean liveTradingEnabled();

    /** MAX_SLIPPAGE_PCT: the largest move of the last trade from the approved entry price that still submits. */
    @WithDefault("0.005")
    BigDecimal maxSlippagePct();

    /** USE_LIMIT_ORDERS: entry orders are limit orders at the approved price; false sends market brackets. */
    @WithDefault("true")
    boolean useLimitOrders();

    /** ORDER_TIMEOUT_MINUTES: entry orders still unfilled after this long are cancelled. */
    @WithDefault("60")
    int orderTimeoutMinutes();

    /**
     * How often the service's Clock is compared with the key-age check's due time (09:00 New York, every day);
     * {@code off} leaves only the start-up check. Read by the scheduler from
     * {@code ${tradeguard.execution.key-rotation-tick:1s}}: keep both defaults equal.
     */
    @WithDefault("1s")
    String keyRotationTick();

    /** How often entry orders are checked against ORDER_TIMEOUT_MINUTES. */
    @WithDefault("30s")
    Duration orderTimeoutCheck();

    Alpaca alpaca();

    BrokerAccess broker();

    Stream stream();

    Snapshots snapshots();

    KillSwitch killSwitch();

    Marks marks();

    Guard guard();

    Recovery recovery();

    interface Alpaca {
        /** ALPACA_API_KEY_ID; absent fails start-up verification. */
        Optional<String> keyId();

        /** ALPACA_API_SECRET_KEY; absent fails start-up verification. */
        Optional<String> secretKey();

        /**
         * ALPACA_KEYS_ISSUED_ON: the day (yyyy-MM-dd) the key pair above was issued, for the guide's "rotate keys every
         * 90 days": an API_KEY_ROTATION_DUE alert at 80 days, API_KEY_ROTATION_OVERDUE at 90, and the go-live gate's
         * key age, all on the service's Clock (the simulated day in a replay). Not a date, or a day after today on the
         * wall clock, refuses start-up; a day after the simulated day (a replay of a period before the keys were
         * issued) counts as age 0. Absent raises one API_KEY_ROTATION_DUE saying so and the gate fails the key-age
         * criterion as unknown. Change it with the keys.
         */
        Optional<LocalDate> keysIssuedOn();

        /** PAPER (paper-api.alpaca.markets) or LIVE (api.alpaca.markets). */
        @WithDefault("PAPER")
        Endpoint endpoint();

        /**
         * IEX (free) or SIP: the feed of the slippage check's last trade and of the real-time market-data stream
         * ({@code /v2/iex} or {@code /v2/sip}).
         */
        @WithDefault("IEX")
        String dataFeed();
    }

    enum Endpoint {
        PAPER, LIVE
    }

    interface BrokerAccess {
        /**
         * Sends every Alpaca request (REST, market data, the /stream handshake) to this base URL instead, e.g. the
         * broker simulator at http://127.0.0.1:8090. Paper only: start-up verification fails if set with LIVE.
         */
        Optional<String> baseUrlOverride();

        /** Client-side limit, kept under Alpaca's 200 requests per minute per key. */
        @WithDefault("180")
        int requestsPerMinute();

        /** Timeout of one HTTP call; a submit that times out is resolved by client order id, never re-posted blind. */
        @WithDefault("10s")
        Duration callTimeout();

        /** Retries of a request answered 429 (not processed by Alpaca, so safe to repeat). */
        @WithDefault("4")
        int rateLimitRetries();

        /** First back-off after a 429; doubles on each retry. */
        @WithDefault("500ms")
        Duration rateLimitBackoff();
    }

    /** Both broker streams (trade_updates and market data) reconnect with this back-off. */
    interface Stream {
        /** Connect to the trade_updates stream at start-up. */
        @WithDefault("true")
        boolean enabled();

        /** Wait before reconnecting after the stream dropped; doubles up to {@link #maxReconnectDelay()}. */
        @WithDefault("1s")
        Duration reconnectDelay();

        @WithDefault("30s")
        Duration maxReconnectDelay();
    }

    interface Snapshots {
        /**
         * TRADEGUARD_SNAPSHOT_INTERVAL: the reconciliation. This often while the market is open the account and its
         * positions are read from the broker's REST API, compared with the streamed book (a disagreement is a
         * RECONCILIATION_MISMATCH alert and the broker's answer replaces the book) and published as an AccountSnapshot.
         */
        @WithDefault("60s")
        Duration interval();

        /**
         * How far the book's equity may be from the broker's at a reconciliation, as a fraction of the broker's
         * equity, before it counts as a mismatch: the two are valued at prices read at different moments. Quantities,
         * average entry prices and cash have no tolerance beyond rounding to the cent (cash) or 0.0001 (prices).
         */
        @WithDefault("0.005")
        BigDecimal equityTolerancePct();
    }

    interface Marks {
        /** Subscribe to the market-data stream (trades and quotes) of every symbol held or with a working order. */
        @WithDefault("true")
        boolean enabled();

        /**
         * TRADEGUARD_MARKS_COALESCE_INTERVAL: at most one tick-driven PositionChanged per symbol per interval. The
         * first tick after a quiet interval is published at once; later ones within it are folded into one at the
         * interval's end. 0 publishes every tick.
         */
        @WithDefault("100ms")
        Duration coalesceInterval();

        /**
         * TRADEGUARD_MARKS_STALE_AFTER: while the market is open, a held symbol without any market-data message
         * (trade or quote) for this long, or the market-data connection down, makes prices stale: MarketDataStatus
         * fresh=false on positions and a STALE_DATA alert, once per episode.
         */
        @WithDefault("10s")
        Duration staleAfter();
    }

    interface Guard {
        /**
         * MAX_DAILY_LOSS_PCT: execution-service's own daily-loss guard, independent of risk-service's HALTED. When
         * the book's equity is this fraction or more below the previous close's equity, every new entry is refused
         * (DAILY_LOSS_GUARD) and working entries are cancelled; exits always pass. 0 &lt; x &lt;= 1.
         */
        @WithDefault("0.02")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1")
        BigDecimal maxDailyLossPct();
    }

    interface KillSwitch {
        /** Close every position on any HALT, not only on halts whose reason asks for it with {@code #flatten}. */
        @WithDefault("false")
        boolean closePositionsOnHalt();

        /** How long to wait for the account to become flat / free of open orders after the kill switch. */
        @WithDefault("15s")
        Duration verifyTimeout();
    }

    interface Recovery {
        /** A ledger row still SUBMITTING after this long is resolved by client order id. */
        @WithDefault("30s")
        Duration submittingGrace();

        @WithDefault("30s")
        Duration interval();
    }
}
