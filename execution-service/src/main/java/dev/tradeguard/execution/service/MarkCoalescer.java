package dev.tradeguard.execution.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * At most one publication per symbol per interval, without delaying the first: a tick after a quiet interval is
 * published at once (the kill switch downstream waits on it), ticks within the interval after it are folded into one
 * publication at the interval's end, which reads the book as it is then (the latest price).
 */
final class MarkCoalescer {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MarkCoalescer.class);
    private final long intervalNanos;
    private final ScheduledExecutorService timer;
    private final Consumer<String> publish;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        boolean sentOnce;
        long lastSentNanos;
        boolean flushScheduled;
    }

    MarkCoalescer(Duration interval, ScheduledExecutorService timer, Consumer<String> publish) {
        this.intervalNanos = interval.toNanos();
        this.timer = timer;
        this.publish = publish;
    }

    void offer(String symbol) {
        if (intervalNanos <= 0) {
            publish.accept(symbol);
            return;
        }
        Slot slot = slots.computeIfAbsent(symbol, key -> new Slot());
        synchronized (slot) {
            if (slot.flushScheduled) {
                return;
            }
            long now = System.nanoTime();
            long quietFor = now - slot.lastSentNanos;
            if (slot.sentOnce && quietFor < intervalNanos) {
                slot.flushScheduled = true;
                try {
                    timer.schedule(() -> flush(symbol, slot), intervalNanos - quietFor, TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    slot.flushScheduled = false;
                }
                return;
            }
            slot.sentOnce = true;
            slot.lastSentNanos = now;
        }
        publish.accept(symbol);
    }

    private void flush(String symbol, Slot slot) {
        synchronized (slot) {
            slot.flushScheduled = false;
            slot.lastSentNanos = System.nanoTime();
        }
        try {
            publish.accept(symbol);
        } catch (RuntimeException e) {
            // A scheduled task's exception would vanish into its future: say it.
            LOG.errorf(e, "coalesced mark of %s not published", symbol);
        }
    }
}
