package dev.tradeguard.monitor.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.IntradayValue;
import dev.tradeguard.monitor.domain.Ledger;
import dev.tradeguard.monitor.domain.MetricsCalculator;
import dev.tradeguard.monitor.domain.OrderExecution;
import dev.tradeguard.monitor.domain.PerformanceMetrics;
import dev.tradeguard.monitor.domain.RecommendationOutcome;
import dev.tradeguard.monitor.domain.RecommendationOutcomes;
import dev.tradeguard.monitor.domain.RoundTrip;
import dev.tradeguard.monitor.domain.TradeLedger;
import dev.tradeguard.monitor.repository.BenchmarkRepository;
import dev.tradeguard.monitor.repository.OrderEventRepository;
import dev.tradeguard.monitor.repository.RecommendationRepository;
import dev.tradeguard.monitor.repository.SnapshotRepository;

/** Trades, equity curves, metrics and recommendation outcomes of an account or strategy over a date range. */
@ApplicationScoped
public class PerformanceService {
    /** Where an open-ended range starts: far enough back for any paper-trading history. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @Inject
    OrderEventRepository orderEvents;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    BenchmarkRepository benchmark;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    MonitorConfig config;

    @Inject
    Clock clock;

    public Scope account(String accountId, String strategy) {
        return new Scope(strategy == null ? accountId : accountId + "/" + strategy, List.of(accountId), strategy);
    }

    public Scope strategy(String strategy) {
        Set<String> accounts = new LinkedHashSet<>(snapshots.accountsOf(strategy));
        accounts.addAll(orderEvents.accountsTrading(strategy));
        return new Scope(strategy, List.copyOf(accounts), strategy);
    }

    public LocalDate today() {
        return NyseCalendar.marketDate(clock.instant());
    }

    /** The ledger of the scope's accounts from the first fill until the end of {@code to}. */
    public Ledger ledger(Scope scope, LocalDate to) {
        if (scope.accountIds().isEmpty()) {
            return new Ledger(List.of(), List.of());
        }
        Ledger all = TradeLedger.of(orderEvents.executions(scope.accountIds(), NyseCalendar.endOfDay(to)));
        if (scope.strategy() == null) {
            return all;
        }
        return new Ledger(all.roundTrips().stream().filter(trip -> scope.strategy().equals(trip.strategy())).toList(),
                all.openPositions().stream().filter(open -> scope.strategy().equals(open.strategy())).toList(),
                all.addedTo());
    }

    public List<RoundTrip> trades(Scope scope, LocalDate from, LocalDate to) {
        return ledger(scope, to).roundTrips().stream().filter(trip -> within(NyseCalendar.marketDate(trip.closedAt()), from, to))
                .toList();
    }

    /**
     * The daily closes of the scope: an account's own closes; a strategy's are the summed closes of the accounts
     * whose snapshots carry it.
     */
    public List<DailyValue> equityCurve(Scope scope, LocalDate from, LocalDate to) {
        List<String> accounts = curveAccounts(scope);
        return accounts.isEmpty() ? List.of() : snapshots.closes(accounts, from, to);
    }

    /** The scope's valuations during one New York day (for a strategy, the summed accounts that carry it). */
    public List<IntradayValue> intradayCurve(Scope scope, LocalDate day) {
        List<String> accounts = curveAccounts(scope);
        return accounts.isEmpty() ? List.of() : snapshots.intraday(accounts, day);
    }

    /** The accounts whose valuations make the scope's curve: its one account, or those whose closes carry it. */
    private List<String> curveAccounts(Scope scope) {
        if (scope.accountIds().isEmpty()) {
            return List.of();
        }
        return scope.accountIds().size() == 1 ? scope.accountIds() : snapshots.accountsOf(scope.strategy());
    }

    public List<DailyValue> benchmarkCloses(LocalDate from, LocalDate to) {
        return benchmark.closes(config.benchmark().symbol(), from, to);
    }

    /** The range's start when the caller gave none: the scope's first close (or EARLIEST). */
    public LocalDate firstDay(Scope scope) {
        return scope.accountIds().stream().map(snapshots::closeSpan).flatMap(java.util.Optional::stream)
                .map(span -> span[0]).min(LocalDate::compareTo).orElse(EARLIEST);
    }

    public PerformanceMetrics metrics(Scope scope, LocalDate from, LocalDate to) {
        List<OrderExecution> orders = scope.accountIds().isEmpty() ? List.of()
                : orderEvents.orders(scope.accountIds(), scope.strategy(), NyseCalendar.startOfDay(from),
                        NyseCalendar.endOfDay(to));
        return MetricsCalculator.compute(from, to, trades(scope, from, to), equityCurve(scope, from, to),
                benchmarkCloses(from, to), config.riskFreeRate(), orders);
    }

    public List<RecommendationOutcome> outcomes(Scope scope, LocalDate from, LocalDate to) {
        if (scope.accountIds().isEmpty()) {
            return List.of();
        }
        return RecommendationOutcomes.of(recommendations.find(scope.accountIds(), scope.strategy(),
                NyseCalendar.startOfDay(from), NyseCalendar.endOfDay(to)), ledger(scope, today().isAfter(to) ? today() : to));
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
