package dev.tradeguard.platform.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DaemonThreadsTest {
    @Test
    void aBackgroundThreadIsANamedDaemonSoItNeverHoldsTheJvmAfterShutdown() {
        Thread thread = DaemonThreads.named("marks-coalescer").newThread(() -> { });
        assertEquals("marks-coalescer", thread.getName());
        assertTrue(thread.isDaemon());
    }
}
