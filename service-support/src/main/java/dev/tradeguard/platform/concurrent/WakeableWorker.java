package dev.tradeguard.platform.concurrent;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

/**
 * One daemon thread that does a unit of work as soon as it is {@link #wakeUp() woken} (typically after the commit of
 * a transaction that created work) and otherwise every {@code interval}: the periodic run is the safety net for work
 * no wake-up announced (left by a crash, written by another instance, due later). One thread, so runs never overlap.
 * The work returns false when it failed; the next run is then one interval later, not at the next wake-up, so a
 * failing dependency is not hammered. Quarkus' simple scheduler cannot run more often than once a second, which is why
 * latency-critical loops use this instead of {@code @Scheduled}.
 */
public final class WakeableWorker {
    private static final Logger LOG = Logger.getLogger(WakeableWorker.class);

    private final String name;
    private final Duration interval;
    private final BooleanSupplier work;
    /** One permit per wake-up since the last run: drained before each run, so a wake-up during a run is not lost. */
    private final Semaphore wakeUps = new Semaphore(0);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Thread thread;

    public WakeableWorker(String name, Duration interval, BooleanSupplier work) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be a positive duration, got " + interval);
        }
        this.name = name;
        this.interval = interval;
        this.work = work;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        Thread worker = DaemonThreads.named(name).newThread(this::loop);
        worker.setUncaughtExceptionHandler((t, e) -> LOG.errorf(e, "%s stopped by an unexpected error", name));
        thread = worker;
        worker.start();
    }

    /** False once {@link #stop} began: long work should end its current step and return. */
    public boolean running() {
        return running;
    }

    /** Runs the work as soon as the thread is free. Cheap, never blocks; any thread may call it. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Lets the run in progress finish for up to {@code grace}, then interrupts it; returns once the thread ended. */
    public void stop(Duration grace) {
        running = false;
        stopping.countDown();
        wakeUps.release();
        Thread worker = thread;
        if (worker == null) {
            return;
        }
        try {
            worker.join(grace.toMillis());
            if (worker.isAlive()) {
                LOG.warnf("%s still busy %s after shutdown began: interrupting it", name, grace);
                worker.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            while (running) {
                wakeUps.drainPermits();
                if (work.getAsBoolean()) {
                    wakeUps.tryAcquire(interval.toNanos(), TimeUnit.NANOSECONDS);
                } else {
                    stopping.await(interval.toNanos(), TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.debugf("%s stopped", name);
    }
}
