package dev.tradeguard.console.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.console.client.Service;
import dev.tradeguard.console.client.ServiceClient;
import dev.tradeguard.console.domain.Alert;
import dev.tradeguard.console.domain.DailyReport;
import dev.tradeguard.console.domain.Delivery;
import dev.tradeguard.console.domain.GoLiveReport;
import dev.tradeguard.console.domain.OrderEvent;
import dev.tradeguard.console.domain.TradingState;

/** The day of one account: each part from the service that owns it, each able to fail on its own. */
@ApplicationScoped
public class TradingDay {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final int LATEST = 25;

    @Inject
    ServiceClient services;

    @Inject
    Clock clock;

    public record Day(String accountId, Loaded<DailyReport> report, Loaded<List<OrderEvent>> orders,
            Loaded<List<Alert>> alerts, Loaded<List<Delivery>> deliveries, Loaded<GoLiveReport> goLive) {
    }

    /** The accounts risk-service knows (the ones with a trading state); empty while it is down. */
    public Loaded<List<String>> accounts() {
        return Loaded.of(() -> services.get(Service.RISK, "/trading-state", new TypeReference<List<TradingState>>() {
        }).stream().map(TradingState::accountId).sorted().toList());
    }

    public Day day(String accountId) {
        String account = KillSwitchBoard.encode(accountId);
        return new Day(accountId, report(accountId), Loaded.of(() -> todaysOrders(accountId)),
                Loaded.of(() -> latest(services.get(Service.ALERT, "/accounts/" + account + "/alerts",
                        new TypeReference<List<Alert>>() {
                        }))),
                Loaded.of(() -> services.get(Service.ALERT, "/deliveries?limit=" + LATEST + "&account=" + account,
                        new TypeReference<List<Delivery>>() {
                        })),
                Loaded.of(() -> services.get(Service.MONITOR, "/readiness/go-live?account=" + account,
                        GoLiveReport.class)));
    }

    /** The daily report with the open positions at their latest marks: what the page refreshes. */
    public Loaded<DailyReport> report(String accountId) {
        return Loaded.of(() -> services.get(Service.MONITOR, "/reports/daily?account="
                + KillSwitchBoard.encode(accountId), DailyReport.class));
    }

    public byte[] chart(String accountId) {
        return services.bytes(Service.MONITOR, "/reports/performance.png?account=" + KillSwitchBoard.encode(accountId));
    }

    /** Order events of the account stamped today in New York, newest first. */
    private List<OrderEvent> todaysOrders(String accountId) {
        List<OrderEvent> all = services.get(Service.MONITOR, "/accounts/" + KillSwitchBoard.encode(accountId)
                + "/order-events", new TypeReference<List<OrderEvent>>() {
                });
        LocalDate latestDay = all.stream().map(e -> e.brokerTimestamp().atZone(NEW_YORK).toLocalDate())
                .max(Comparator.naturalOrder()).orElse(LocalDate.now(clock.withZone(NEW_YORK)));
        // "today" is the broker's latest trading day: a simulator's clock may stand on another date than ours
        return all.stream().filter(e -> e.brokerTimestamp().atZone(NEW_YORK).toLocalDate().equals(latestDay))
                .sorted(Comparator.comparing(OrderEvent::brokerTimestamp).reversed()).toList();
    }

    private static List<Alert> latest(List<Alert> oldestFirst) {
        List<Alert> newestFirst = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(LATEST, newestFirst.size()));
    }
}
