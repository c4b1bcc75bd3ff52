package dev.tradeguard.brokersim.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The simulator's background work runs on one named daemon thread per scheduler: a thread dump says which is
 * which, and none keeps the JVM alive after Quarkus has shut down.
 */
public final class SimulatorSchedulers {

    private SimulatorSchedulers() {
    }

    public static ScheduledExecutorService singleDaemon(String threadName) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }
}
