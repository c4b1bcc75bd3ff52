package dev.tradeguard.brokersim.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Faults injected through the admin API, applied to Alpaca-facing requests: a delay before every answer, the next N
 * requests answered 500 without being processed, and the next N order submissions processed but answered 500 (the
 * case where a client cannot know whether its order exists). Also whether the market-data stream is paused: sessions
 * stay open and answer control messages, but no trade, quote or bar is sent (a feed gone silent without a drop). And
 * the next N fills (fill or partial_fill trade updates) not streamed: the fill happens at the broker and shows through
 * REST, but no /stream client hears of it (a client that trusts the stream alone misses it).
 */
@ApplicationScoped
public class FaultPlan {

    private Duration delay = Duration.ZERO;
    private int failNextRequests;
    private int acceptThenFailNextOrders;
    private int unstreamedNextFills;
    /** Read on every streamed price, so volatile rather than behind the lock. */
    private volatile boolean marketDataPaused;

    public synchronized void set(Duration newDelay, int failRequests, int acceptThenFailOrders) {
        this.delay = newDelay;
        this.failNextRequests = failRequests;
        this.acceptThenFailNextOrders = acceptThenFailOrders;
    }

    public synchronized void clear() {
        set(Duration.ZERO, 0, 0);
        unstreamedNextFills = 0;
        marketDataPaused = false;
    }

    public void setMarketDataPaused(boolean paused) {
        marketDataPaused = paused;
    }

    public boolean marketDataPaused() {
        return marketDataPaused;
    }

    public synchronized Duration delay() {
        return delay;
    }

    /** Consumes one "fail this request" if any is pending. */
    public synchronized boolean takeRequestFailure() {
        if (failNextRequests > 0) {
            failNextRequests--;
            return true;
        }
        return false;
    }

    /** Consumes one "accept the order, then answer 500" if any is pending. */
    public synchronized boolean takeAcceptThenFail() {
        if (acceptThenFailNextOrders > 0) {
            acceptThenFailNextOrders--;
            return true;
        }
        return false;
    }

    public synchronized void setUnstreamedNextFills(int fills) {
        this.unstreamedNextFills = fills;
    }

    /** Consumes one "do not stream this fill" if any is pending. */
    public synchronized boolean takeUnstreamedFill() {
        if (unstreamedNextFills > 0) {
            unstreamedNextFills--;
            return true;
        }
        return false;
    }

    public synchronized int unstreamedNextFills() {
        return unstreamedNextFills;
    }

    public synchronized int failNextRequests() {
        return failNextRequests;
    }

    public synchronized int acceptThenFailNextOrders() {
        return acceptThenFailNextOrders;
    }
}
