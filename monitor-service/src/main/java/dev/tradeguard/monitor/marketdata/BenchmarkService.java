package dev.tradeguard.monitor.marketdata;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.repository.BenchmarkRepository;
import dev.tradeguard.platform.clock.DailySchedule;

/**
 * Keeps the benchmark's (SPY) daily closes in PostgreSQL: fetches only the days after the newest cached one, page by
 * page, split- and dividend-adjusted. Without a data key it fetches nothing and says so once per run. The refresh is
 * due once a trading day after {@code refresh-at} New York on the service's Clock (ReportJobs' tick asks, just before
 * the red flags that compare with the S&P 500), so a replay on the broker simulator's clock gets each simulated day's
 * close; a restart refreshes once more, which fetches only the days still missing.
 */
@ApplicationScoped
public class BenchmarkService {
    private static final Logger LOG = Logger.getLogger(BenchmarkService.class);
    private static final int PAGE_SIZE = 1000;
    /** How far back the first fetch reaches. */
    private static final int FIRST_FETCH_DAYS = 400;

    @Inject
    MonitorConfig config;

    @Inject
    BenchmarkRepository closes;

    private volatile LocalDate lastRefreshed;

    /** Refreshes the closes up to today when the day's refresh is due at {@code now} and has not run yet. */
    public void refreshIfDue(Instant now) {
        refreshIfDue(now, config.benchmark().dataUrl());
    }

    void refreshIfDue(Instant now, URI dataUrl) {
        DailySchedule schedule = DailySchedule.tradingDays(config.benchmark().refreshAt(), NyseCalendar.standard());
        Optional<LocalDate> due = schedule.dueToday(now, Optional.ofNullable(lastRefreshed));
        if (due.isEmpty()) {
            return;
        }
        // Marked first: a market-data outage is retried the next trading day, not on every tick.
        lastRefreshed = due.get();
        try {
            refresh(dataUrl, due.get());
        } catch (RuntimeException e) {
            LOG.warnf("Benchmark closes not refreshed: %s", e.getMessage());
        }
    }

    /** Fetches and caches the closes missing up to {@code to}; returns how many were stored. */
    public int refresh(LocalDate to) {
        return refresh(config.benchmark().dataUrl(), to);
    }

    int refresh(URI dataUrl, LocalDate to) {
        MonitorConfig.Benchmark benchmark = config.benchmark();
        if (benchmark.keyId().isEmpty() || benchmark.secretKey().isEmpty()) {
            LOG.warn("No market-data key (tradeguard.monitor.benchmark.key-id/secret-key): benchmark closes are not"
                    + " fetched, alpha, beta and the S&P 500 red flag stay undefined");
            return 0;
        }
        List<DailyValue> cached = closes.closes(benchmark.symbol(), to.minusDays(FIRST_FETCH_DAYS), to);
        LocalDate from = cached.isEmpty() ? to.minusDays(FIRST_FETCH_DAYS)
                : cached.get(cached.size() - 1).date().plusDays(1);
        if (from.isAfter(to)) {
            return 0;
        }
        List<DailyValue> fetched = fetch(dataUrl, benchmark.symbol(), from, to);
        closes.store(benchmark.symbol(), fetched);
        return fetched.size();
    }

    List<DailyValue> fetch(URI dataUrl, String symbol, LocalDate from, LocalDate to) {
        MonitorConfig.Benchmark benchmark = config.benchmark();
        AlpacaMarketData client = new AlpacaMarketData(dataUrl, benchmark.keyId().orElseThrow(),
                benchmark.secretKey().orElseThrow());
        List<DailyValue> days = new ArrayList<>();
        String page = null;
        do {
            AlpacaBars bars = client.dailyBars(symbol, NyseCalendar.startOfDay(from), NyseCalendar.endOfDay(to), PAGE_SIZE,
                    page, benchmark.feed());
            if (bars.bars() != null) {
                bars.bars().forEach(bar -> days.add(new DailyValue(NyseCalendar.marketDate(bar.time()), bar.close())));
            }
            page = bars.nextPageToken();
        } while (page != null && !page.isBlank());
        return days;
    }
}
