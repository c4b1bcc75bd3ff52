package dev.tradeguard.monitor.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.LatestSnapshot;
import dev.tradeguard.monitor.domain.Ledger;
import dev.tradeguard.monitor.domain.MetricsCalculator;
import dev.tradeguard.monitor.domain.OpenPosition;
import dev.tradeguard.monitor.domain.RoundTrip;
import dev.tradeguard.monitor.repository.OrderEventRepository;
import dev.tradeguard.monitor.repository.SnapshotRepository;
import dev.tradeguard.monitor.service.OnceAlerts;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.monitor.service.Scope;

/** Daily summaries and weekly/monthly reviews, as data, and as alerts sent once per account and period. */
@ApplicationScoped
public class ReportService {
    private static final int LARGEST = 3;

    @Inject
    PerformanceService performance;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    OrderEventRepository orderEvents;

    @Inject
    OnceAlerts alerts;

    @Inject
    Clock clock;

    public DailyReport daily(String accountId, LocalDate day) {
        Scope scope = performance.account(accountId, null);
        List<DailyValue> close = performance.equityCurve(scope, day, day);
        BigDecimal ending = close.isEmpty() ? null : close.get(0).value();
        BigDecimal starting = snapshots.lastEquity(accountId, day).orElse(null);
        BigDecimal pnl = ending == null || starting == null ? null : ending.subtract(starting);
        BigDecimal pnlPct = pnl == null || starting.signum() == 0 ? null
                : pnl.divide(starting, MetricsCalculator.MATH);
        int executed = (int) orderEvents.executions(List.of(accountId), NyseCalendar.endOfDay(day)).stream()
                .filter(fill -> NyseCalendar.marketDate(fill.time()).equals(day)).count();
        LatestSnapshot latest = snapshots.latest(accountId).orElse(null);
        return new DailyReport(accountId, day, starting, ending, pnl, pnlPct, executed,
                performance.trades(scope, day, day), latest == null ? List.of() : latest.positions(),
                latest == null ? null : latest.cash(), latest == null ? null : latest.marginUsed());
    }

    /** The week that ends on the Sunday on or after {@code day} (Monday to Sunday). */
    public PeriodReport weekly(String accountId, LocalDate day) {
        LocalDate sunday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return period(accountId, "week " + sunday.minusDays(6) + " to " + sunday, sunday.minusDays(6), sunday);
    }

    /** The calendar month before the one {@code day} is in: the first Sunday of a month reviews the month before. */
    public PeriodReport monthly(String accountId, LocalDate day) {
        LocalDate first = day.withDayOfMonth(1).minusMonths(1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return period(accountId, "month " + first.getYear() + "-" + String.format("%02d", first.getMonthValue()),
                first, last);
    }

    PeriodReport period(String accountId, String label, LocalDate from, LocalDate to) {
        Scope scope = performance.account(accountId, null);
        List<RoundTrip> trades = performance.trades(scope, from, to);
        List<RoundTrip> winners = trades.stream().filter(RoundTrip::isWin)
                .sorted(Comparator.comparing(RoundTrip::realizedPnl).reversed()).limit(LARGEST).toList();
        List<RoundTrip> losers = trades.stream().filter(RoundTrip::isLoss)
                .sorted(Comparator.comparing(RoundTrip::realizedPnl)).limit(LARGEST).toList();
        return new PeriodReport(accountId, label, performance.metrics(scope, from, to), winners, losers,
                allocation(accountId, performance.ledger(scope, to), trades));
    }

    private List<PeriodReport.StrategyAllocation> allocation(String accountId, Ledger ledger, List<RoundTrip> trades) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        snapshots.latest(accountId).ifPresent(latest -> latest.positions()
                .forEach(position -> prices.put(position.symbol(), position.currentPrice())));
        Map<String, BigDecimal> open = new TreeMap<>();
        for (OpenPosition position : ledger.openPositions()) {
            BigDecimal price = prices.getOrDefault(position.symbol(), position.averageEntryPrice());
            open.merge(strategyName(position.strategy()), position.quantity().abs().multiply(price), BigDecimal::add);
        }
        Map<String, List<RoundTrip>> closed = new TreeMap<>();
        trades.forEach(trip -> closed.computeIfAbsent(strategyName(trip.strategy()), k -> new ArrayList<>()).add(trip));
        BigDecimal total = open.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> strategies = new ArrayList<>(open.keySet());
        closed.keySet().stream().filter(name -> !open.containsKey(name)).forEach(strategies::add);
        return strategies.stream().map(name -> {
            BigDecimal value = open.getOrDefault(name, BigDecimal.ZERO);
            List<RoundTrip> its = closed.getOrDefault(name, List.of());
            return new PeriodReport.StrategyAllocation(name, value,
                    total.signum() == 0 ? null : value.divide(total, MetricsCalculator.MATH), its.size(),
                    MetricsCalculator.realizedPnl(its));
        }).toList();
    }

    private static String strategyName(String strategy) {
        return Objects.requireNonNullElse(strategy, "(none)");
    }

    /** Sends the day's summary once; false when the account has no close that day or it was sent already. */
    @Transactional
    public boolean sendDaily(String accountId, LocalDate day) {
        DailyReport report = daily(accountId, day);
        return report.endingValue() != null && alerts.raise(accountId, OnceAlerts.WHOLE_ACCOUNT,
                AlertType.DAILY_SUMMARY.name(), day, () -> dailySummary(accountId, day, report));
    }

    private Alert dailySummary(String accountId, LocalDate day, DailyReport report) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("date", day.toString());
        details.put("startingValue", plain(report.startingValue()));
        details.put("endingValue", plain(report.endingValue()));
        details.put("dailyPnl", plain(report.dailyPnl()));
        details.put("dailyPnlPct", report.dailyPnlPct() == null ? null : percent(report.dailyPnlPct()));
        details.put("tradesExecuted", String.valueOf(report.tradesExecuted()));
        details.put("positionsClosed", String.valueOf(report.positionsClosed().size()));
        details.put("openPositions", String.valueOf(report.openPositions().size()));
        details.put("cash", plain(report.cash()));
        details.put("marginUsed", plain(report.marginUsed()));
        String message = "Ending value " + plain(report.endingValue()) + ", daily P&L " + plain(report.dailyPnl())
                + (report.dailyPnlPct() == null ? "" : " (" + percent(report.dailyPnlPct()) + ")") + ", "
                + report.tradesExecuted() + " executions, " + report.positionsClosed().size() + " positions closed, "
                + report.openPositions().size() + " open, cash " + plain(report.cash()) + ".";
        return Alert.of(Envelope.create(accountId, null, null, clock), AlertType.DAILY_SUMMARY,
                "Daily summary " + accountId + " " + day, message, details);
    }

    /** Sends the weekly (and, on the first Sunday of a month, the monthly) review once. */
    @Transactional
    public void sendReviews(String accountId, LocalDate sunday) {
        alerts.raise(accountId, OnceAlerts.WHOLE_ACCOUNT, AlertType.WEEKLY_REPORT.name(), sunday,
                () -> review(AlertType.WEEKLY_REPORT, "Weekly review ", weekly(accountId, sunday)));
        if (sunday.getDayOfMonth() <= 7) {
            alerts.raise(accountId, OnceAlerts.WHOLE_ACCOUNT, AlertType.MONTHLY_REPORT.name(), sunday,
                    () -> review(AlertType.MONTHLY_REPORT, "Monthly review ", monthly(accountId, sunday)));
        }
    }

    private Alert review(AlertType type, String title, PeriodReport report) {
        return Alert.of(Envelope.create(report.accountId(), null, null, clock), type, title + report.accountId() + " "
                + report.period(), ReportHtml.summary(report), ReportHtml.details(report));
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    /** Every account with a snapshot. */
    public List<String> accounts() {
        return snapshots.all().stream().map(LatestSnapshot::accountId).toList();
    }

}
