package dev.tradeguard.execution.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed configuration of execution-service. Defaults are the guide's ({@code LIVE_TRADING_ENABLED=false},
 * {@code MAX_SLIPPAGE_PCT=0.005}, {@code USE_LIMIT_ORDERS=true}, {@code ORDER_TIMEOUT_MINUTES=60}); the environment
 * variables are mapped in application.properties. Keys never appear in {@code toString} (there is none) or logs.
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

    /** How often entry orders are checked against ORDER_TIMEOUT_MINUTES. */
    @WithDefault("30s")
    Duration orderTimeoutCheck();

    Alpaca alpaca();

    BrokerAccess broker();

    Stream stream();

    Snapshots snapshots();

    KillSwitch killSwitch();

    Recovery recovery();

    interface Alpaca {
        /** ALPACA_API_KEY_ID; absent fails start-up verification. */
        Optional<String> keyId();

        /** ALPACA_API_SECRET_KEY; absent fails start-up verification. */
        Optional<String> secretKey();

        /** PAPER (paper-api.alpaca.markets) or LIVE (api.alpaca.markets). */
        @WithDefault("PAPER")
        Endpoint endpoint();

        /** IEX (free) or SIP market data for the slippage check. */
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
        /** Account + positions snapshot on the positions topic this often while the market is open. */
        @WithDefault("60s")
        Duration interval();
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
