package dev.tradeguard.console.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.console.client.Service;
import dev.tradeguard.console.client.ServiceClient;
import dev.tradeguard.console.domain.Approval;

/** The approvals page's data: pending approvals per account, then what was decided lately; and the two acts. */
@ApplicationScoped
public class ApprovalBoard {
    static final int RECENT = 60;

    @Inject
    ServiceClient services;

    @Inject
    Clock clock;

    /** One approval as a row: how long it has left, and whether it can still be acted on. */
    public record Row(Approval approval, Instant expiresAt, String timeLeft, boolean actionable) {
    }

    public record AccountRows(String accountId, List<Row> rows, long pending) {
    }

    /** The board and a version that changes whenever an approval appears or changes state (the page polls it). */
    public record Board(List<AccountRows> accounts, String version) {
    }

    public Board board() {
        List<Approval> approvals = services.get(Service.RISK, "/approvals?limit=" + RECENT,
                new TypeReference<List<Approval>>() {
                });
        Instant now = clock.instant();
        Map<String, List<Row>> byAccount = new TreeMap<>();
        StringBuilder version = new StringBuilder();
        approvals.stream()
                .sorted(Comparator.comparing((Approval a) -> !a.pending()).thenComparing(Approval::requestedAt,
                        Comparator.reverseOrder()))
                .forEach(a -> {
                    boolean live = a.pending() && a.expiresAt() != null && a.expiresAt().isAfter(now);
                    byAccount.computeIfAbsent(a.accountId(), k -> new ArrayList<>())
                            .add(new Row(a, a.expiresAt(), live ? left(Duration.between(now, a.expiresAt())) : "—",
                                    live));
                    version.append(a.id()).append(':').append(live ? a.status() : a.status() + "-closed").append(';');
                });
        List<AccountRows> accounts = byAccount.entrySet().stream().map(e -> new AccountRows(e.getKey(), e.getValue(),
                e.getValue().stream().filter(Row::actionable).count())).toList();
        return new Board(accounts, Integer.toHexString(version.toString().hashCode()));
    }

    public Approval approve(UUID id) {
        return services.post(Service.RISK, "/approvals/" + id + "/approve",
                Map.of("comment", "approved in the console"), Approval.class);
    }

    public Approval reject(UUID id, String reason) {
        return services.post(Service.RISK, "/approvals/" + id + "/reject", Map.of("reason", reason), Approval.class);
    }

    static String left(Duration left) {
        long seconds = Math.max(0, left.getSeconds());
        return seconds >= 3600 ? "%dh %02dm".formatted(seconds / 3600, seconds % 3600 / 60)
                : "%dm %02ds".formatted(seconds / 60, seconds % 60);
    }
}
