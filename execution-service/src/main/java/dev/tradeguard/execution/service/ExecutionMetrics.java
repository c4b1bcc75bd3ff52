package dev.tradeguard.execution.service;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.tradeguard.execution.domain.Broker.StreamState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

/**
 * execution-service's own meters: orders by outcome and reason, submit latency, reconnects and state of both broker
 * streams (trade_updates, market data), market-data freshness, and the client-side rate limiter's waits.
 */
@ApplicationScoped
public class ExecutionMetrics {
    public static final String ORDERS = "tradeguard.execution.orders";
    public static final String SUBMIT_LATENCY = "tradeguard.execution.submit.latency";
    public static final String STREAM_RECONNECTS = "tradeguard.execution.stream.reconnects";
    public static final String STREAM_STATE = "tradeguard.execution.stream.subscribed";
    public static final String MARKET_DATA_RECONNECTS = "tradeguard.execution.market.data.reconnects";
    public static final String MARKET_DATA_STATE = "tradeguard.execution.market.data.connected";
    public static final String MARKET_DATA_FRESH = "tradeguard.execution.market.data.fresh";
    public static final String RATE_LIMITER_WAITS = "tradeguard.execution.rate.limiter.waits";
    public static final String RATE_LIMITED = "tradeguard.execution.broker.rate.limited";

    @Inject
    MeterRegistry meters;

    /** From start-up, so the reconnect rate and its alert rule read 0 rather than "no data" before a first drop. */
    void registerAtStartup(@Observes StartupEvent event) {
        meters.counter(STREAM_RECONNECTS);
        meters.counter(MARKET_DATA_RECONNECTS);
    }

    /** outcome: submitted, refused, rejected, filled, cancelled, expired, timed_out, duplicate, unresolved. */
    public void order(String outcome, String reason) {
        meters.counter(ORDERS, "outcome", outcome, "reason", reason == null ? "none" : reason).increment();
    }

    public void submitLatency(Duration duration) {
        Timer.builder(SUBMIT_LATENCY).description("Time from POST /v2/orders to the broker's answer")
                .publishPercentileHistogram().register(meters).record(duration);
    }

    public void streamReconnect() {
        meters.counter(STREAM_RECONNECTS).increment();
    }

    public void streamState(Supplier<StreamState> state) {
        Gauge.builder(STREAM_STATE, () -> state.get() == StreamState.SUBSCRIBED ? 1 : 0)
                .description("1 while the trade_updates stream is subscribed").register(meters);
    }

    public void marketDataReconnect() {
        meters.counter(MARKET_DATA_RECONNECTS).increment();
    }

    public void marketDataState(Supplier<StreamState> state) {
        Gauge.builder(MARKET_DATA_STATE, () -> state.get() == StreamState.SUBSCRIBED ? 1 : 0)
                .description("1 while the market-data stream is connected and authenticated").register(meters);
    }

    public void marketDataFresh(java.util.function.BooleanSupplier fresh) {
        Gauge.builder(MARKET_DATA_FRESH, () -> fresh.getAsBoolean() ? 1 : 0)
                .description("1 while every held symbol's prices are fresh").register(meters);
    }

    public void rateLimiterWait(Duration waited) {
        if (!waited.isZero()) {
            Timer.builder(RATE_LIMITER_WAITS).description("Broker calls held back by the client-side rate limiter")
                    .register(meters).record(waited);
        }
    }

    public void rateLimited() {
        meters.counter(RATE_LIMITED).increment();
    }
}
