package dev.tradeguard.brokersim.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every POST /v2/orders received, whatever became of it, so tests can count duplicates and retries. */
@ApplicationScoped
public class OrderRequestLog {

    public record Entry(long sequence, Instant receivedAt, Instant simulatedAt, String clientOrderId, String body,
                        int httpStatus, String orderId, String outcome) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void record(Instant simulatedAt, String clientOrderId, String body, int httpStatus,
                                    String orderId, String outcome) {
        entries.add(new Entry(entries.size() + 1L, Instant.now(), simulatedAt, clientOrderId, body, httpStatus,
                orderId, outcome));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
