package dev.tradeguard.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.Histogram;

/**
 * Wall-clock arithmetic shared by the pipeline measurements. Every process of the pipeline runs on this machine, so
 * an {@link Instant} taken in one (the simulator's {@code received_at}, a Kafka record's create time, the fake
 * webhook's arrival) can be subtracted from one taken in another. Everything is kept in epoch microseconds.
 */
final class Timing {
    private Timing() {
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    static long nowMicros() {
        return micros(Instant.now());
    }

    static Histogram histogram() {
        return new Histogram(TimeUnit.SECONDS.toNanos(120), 3);
    }

    /** Records {@code toMicros - fromMicros} as nanoseconds (a negative difference, clock granularity, as 0). */
    static void record(Histogram nanos, long fromMicros, long toMicros) {
        nanos.recordValue(Math.min(nanos.getHighestTrackableValue(), Math.max(0, (toMicros - fromMicros) * 1_000)));
    }

    /** What an open-loop sender calls for each event, with the wall-clock microsecond the event was due. */
    interface Send {
        void send(int index, long dueMicros);
    }

    /**
     * Open loop: {@code count} events at {@code rate} per second, each sent at its due time whatever happened to the
     * previous ones; the due time (not the send time) is what latencies are measured from, so a stalled sender shows up
     * as latency instead of hiding (no coordinated omission).
     */
    static void openLoop(int rate, int count, Send send) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long startNanos = System.nanoTime();
        long startMicros = nowMicros();
        for (int i = 0; i < count; i++) {
            long dueNanos = startNanos + i * interval;
            long wait = dueNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send.send(i, startMicros + (i * interval) / 1_000);
        }
    }

    /** Polls {@code condition} every 20 ms; false if it did not hold within {@code timeout}. */
    static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // a service busy or restarting: ask again
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(Duration.ofMillis(20));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static double millis(long micros) {
        return micros / 1000.0;
    }
}
