package dev.tradeguard.platform.concurrent;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for a service's own background work: named, so a thread dump says what each one does, and daemons, so
 * none keeps the JVM alive after Quarkus has shut down.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** {@code Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("marks-coalescer"))}. */
    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
