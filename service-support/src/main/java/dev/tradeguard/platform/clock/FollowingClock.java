package dev.tradeguard.platform.clock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradeguard.platform.concurrent.DaemonThreads;

/**
 * A clock that follows the broker simulator's: it reads {@code GET /admin/clock} (now, speed, frozen, generation) every
 * poll interval and extrapolates in between at the simulator's speed, so {@link #instant()} costs no I/O. Within one
 * generation it never goes backwards (an extrapolation that ran ahead of the next reading waits for it); a new
 * generation (the simulator was reset, advanced or changed speed) is taken as it comes. When the simulator stops
 * answering the clock keeps extrapolating the last reading and {@link #healthy()} turns false after
 * {@code failuresBeforeDown} reads in a row failed.
 */
public final class FollowingClock extends Clock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FollowingClock.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer of the simulator, and the wall time (nanoTime) it stood for. */
    private record Reading(Instant simulated, long wallNanos, double speed, long generation) {
        Instant at(long nanos) {
            return speed == 0 ? simulated : simulated.plusNanos((long) ((nanos - wallNanos) * speed));
        }
    }

    private record Handed(long generation, Instant instant) {
    }

    private final URI source;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final int failuresBeforeDown;
    private final LongSupplier nanoTime;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicReference<Handed> lastHanded = new AtomicReference<>();
    private volatile Reading reading;
    private volatile String lastFailure;
    private ScheduledExecutorService poller;

    FollowingClock(URI source, Duration requestTimeout, int failuresBeforeDown, LongSupplier nanoTime) {
        this.source = source;
        this.requestTimeout = requestTimeout;
        this.failuresBeforeDown = failuresBeforeDown;
        this.nanoTime = nanoTime;
        this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    }

    /**
     * Reads the simulator's clock once and then every {@code config.pollInterval()}.
     *
     * @throws FollowedClockUnreachableException if the first read fails: a service does not start on a guessed time
     */
    public static FollowingClock start(URI source, ClockConfig config) {
        FollowingClock clock = new FollowingClock(source, config.requestTimeout(), config.failuresBeforeDown(),
                System::nanoTime);
        try {
            clock.read();
        } catch (IOException | RuntimeException e) {
            throw new FollowedClockUnreachableException("tradeguard.clock.follow=" + source
                    + " did not answer with the broker simulator's clock (" + e
                    + "); a service that follows a clock does not start without it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FollowedClockUnreachableException("interrupted while reading " + source, e);
        }
        long every = config.pollInterval().toMillis();
        clock.poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("followed-clock"));
        clock.poller.scheduleWithFixedDelay(clock::poll, every, every, TimeUnit.MILLISECONDS);
        LOG.infof("Following the clock at %s (now %s, speed %s)", source, clock.instant(), clock.reading.speed());
        return clock;
    }

    /** One read; a failure is counted and logged, never thrown: the clock goes on from the last reading. */
    void poll() {
        try {
            read();
            int failed = failuresInARow.getAndSet(0);
            if (failed >= failuresBeforeDown) {
                LOG.infof("The clock at %s answers again after %d failed reads", source, failed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            lastFailure = e.toString();
            int failed = failuresInARow.incrementAndGet();
            if (failed == 1 || failed == failuresBeforeDown) {
                LOG.warnf("Reading the clock at %s failed %d time(s) in a row (%s); extrapolating the last reading%s",
                        source, failed, e, failed >= failuresBeforeDown ? ": health DOWN" : "");
            }
        }
    }

    private void read() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(source).timeout(requestTimeout)
                .header("Accept", "application/json").GET().build();
        long sent = nanoTime.getAsLong();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long received = nanoTime.getAsLong();
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + source);
        }
        reading = parse(response.body(), sent + (received - sent) / 2);
    }

    private static Reading parse(String body, long wallNanos) throws IOException {
        JsonNode node = JSON.readTree(body);
        if (node == null || !node.path("now").isTextual()) {
            throw new IOException("no \"now\" in the clock's answer: " + body);
        }
        double speed = node.path("frozen").asBoolean(false) ? 0 : node.path("speed").asDouble(1);
        return new Reading(Instant.parse(node.get("now").asText()), wallNanos, speed,
                node.path("generation").asLong(0));
    }

    @Override
    public Instant instant() {
        Reading current = reading;
        Instant extrapolated = current.at(nanoTime.getAsLong());
        while (true) {
            Handed last = lastHanded.get();
            if (last != null && last.generation() == current.generation()
                    && !extrapolated.isAfter(last.instant())) {
                return last.instant();
            }
            if (lastHanded.compareAndSet(last, new Handed(current.generation(), extrapolated))) {
                return extrapolated;
            }
        }
    }

    /** False once {@code failuresBeforeDown} reads in a row failed. */
    public boolean healthy() {
        return failuresInARow.get() < failuresBeforeDown;
    }

    public int failuresInARow() {
        return failuresInARow.get();
    }

    public String lastFailure() {
        return lastFailure;
    }

    public URI source() {
        return source;
    }

    /** The simulator's speed at the last reading (0 = frozen: only an advance moves it). */
    public double speed() {
        return reading.speed();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        FollowingClock follower = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return follower.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return follower.withZone(other);
            }
        };
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
