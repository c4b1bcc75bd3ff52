package dev.tradeguard.execution.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import okhttp3.HttpUrl;

class RequestRateLimiterTest {
    @Test
    void aFullMinutesWorthGoesAtOnceAndTheNextWaitsForARefill() throws InterruptedException {
        AtomicLong now = new AtomicLong();
        RequestRateLimiter limiter = new RequestRateLimiter(60, now::get, now::addAndGet);

        for (int i = 0; i < 60; i++) {
            assertEquals(Duration.ZERO, limiter.acquire());
        }
        Duration waited = limiter.acquire();

        assertTrue(waited.toMillis() >= 999 && waited.toMillis() <= 1001, "one token per second: " + waited);
    }

    @Test
    void tokensRefillWithTimeButNeverBeyondOneMinute() throws InterruptedException {
        AtomicLong now = new AtomicLong();
        RequestRateLimiter limiter = new RequestRateLimiter(120, now::get, now::addAndGet);
        for (int i = 0; i < 120; i++) {
            limiter.acquire();
        }
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        for (int i = 0; i < 120; i++) {
            assertEquals(Duration.ZERO, limiter.acquire());
        }
        assertTrue(limiter.acquire().compareTo(Duration.ZERO) > 0);
    }

    @Test
    void theOverrideSendsRestAndTheStreamHandshakeToTheSimulator() {
        BaseUrlOverrideInterceptor interceptor = new BaseUrlOverrideInterceptor("http://127.0.0.1:8090");
        assertEquals("http://127.0.0.1:8090/v2/orders?status=all",
                interceptor.rewrite(HttpUrl.get("https://paper-api.alpaca.markets/v2/orders?status=all")).toString());
        // OkHttp turns wss://paper-api.alpaca.markets/stream into https for the handshake request.
        assertEquals("http://127.0.0.1:8090/stream",
                interceptor.rewrite(HttpUrl.get("https://paper-api.alpaca.markets/stream")).toString());
        assertEquals("http://127.0.0.1:8090/v2/stocks/SPY/trades/latest",
                interceptor.rewrite(HttpUrl.get("https://data.alpaca.markets/v2/stocks/SPY/trades/latest"))
                        .toString());
    }
}
