package dev.tradeguard.cli.papermonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;

/** The runner's pure logic: which sessions it runs, what it prints per day, the sample files it writes. */
class PaperMonthPlanTest {
    /**
     * The simulator's /v2/calendar from Wednesday 2025-11-26: Thanksgiving (27th) and the weekend are absent, the
     * Friday after closes at 13:00.
     */
    static final String CALENDAR = """
            [{"date": "2025-11-26", "open": "09:30", "close": "16:00"},
             {"date": "2025-11-28", "open": "09:30", "close": "13:00"},
             {"date": "2025-12-01", "open": "09:30", "close": "16:00"},
             {"date": "2025-12-02", "open": "09:30", "close": "16:00"},
             {"date": "2025-12-03", "open": "09:30", "close": "16:00"},
             {"date": "2025-12-04", "open": "09:30", "close": "16:00"}]""";

    @TempDir
    Path dir;

    static JsonNode calendar() throws IOException {
        return Api.JSON.readTree(CALENDAR);
    }

    @Test
    void fiveSessionsFromTheDayBeforeThanksgivingSkipTheHolidayAndTheWeekendAndKnowTheEarlyClose() throws IOException {
        List<TradingDay> plan = DayPlan.plan(calendar(), LocalDate.parse("2025-11-26"), 5, Instant.MIN);

        assertThat(plan).extracting(day -> day.date().toString())
                .containsExactly("2025-11-26", "2025-11-28", "2025-12-01", "2025-12-02", "2025-12-03");
        assertThat(plan.get(0).open()).isEqualTo(Instant.parse("2025-11-26T14:30:00Z"));
        assertThat(plan.get(0).close()).isEqualTo(Instant.parse("2025-11-26T21:00:00Z"));
        assertThat(plan.get(0).afterReports()).isEqualTo(Instant.parse("2025-11-26T21:16:00Z"));
        assertThat(plan.get(1).close()).as("13:00 New York").isEqualTo(Instant.parse("2025-11-28T18:00:00Z"));
        assertThat(plan).extracting(TradingDay::earlyClose).containsExactly(false, true, false, false, false);
        assertThat(plan.get(1).reviewSundaysUntil(plan.get(2))).containsExactly(LocalDate.parse("2025-11-30"));
        assertThat(plan.get(0).reviewSundaysUntil(plan.get(1))).isEmpty();
        assertThat(TradingDay.afterReviews(LocalDate.parse("2025-11-30")))
                .isEqualTo(Instant.parse("2025-11-30T23:01:00Z"));
    }

    @Test
    void aStartOnAHolidayBeginsAtTheNextSessionAndOneAlreadyClosedIsSkipped() throws IOException {
        assertThat(DayPlan.plan(calendar(), LocalDate.parse("2025-11-27"), 2, Instant.MIN))
                .extracting(day -> day.date().toString()).containsExactly("2025-11-28", "2025-12-01");
        assertThat(DayPlan.plan(calendar(), LocalDate.parse("2025-11-26"), 1, Instant.parse("2025-11-26T21:00:00Z")))
                .extracting(day -> day.date().toString()).containsExactly("2025-11-28");
    }

    @Test
    void moreDaysThanTheCalendarHoldsIsRefusedNamingBoth() throws IOException {
        assertThatThrownBy(() -> DayPlan.plan(calendar(), LocalDate.parse("2025-11-26"), 7, Instant.MIN))
                .isInstanceOf(CliFailure.class).hasMessageContaining("only 6 trading day(s) from 2025-11-26")
                .hasMessageContaining("7 were asked for");
        assertThat(DayPlan.calendarEnd(LocalDate.parse("2025-11-26"), 22)).isEqualTo(LocalDate.parse("2026-01-23"));
    }

    @Test
    void tradeFilesAreTheDatedTodaysTradesFilesOnlyAndSetHowManyDaysRun() throws IOException {
        Files.writeString(dir.resolve("TODAYS_TRADES_2025-11-26.md"), "# day one");
        Files.writeString(dir.resolve("TODAYS_TRADES_2025-12-02.md"), "# day four");
        Files.writeString(dir.resolve("TODAYS_TRADES_2025-13-45.md"), "not a date");
        Files.writeString(dir.resolve("notes.md"), "not a day's file");

        var files = DayPlan.tradeFiles(dir);

        assertThat(files.keySet()).extracting(LocalDate::toString).containsExactly("2025-11-26", "2025-12-02");
        assertThat(DayPlan.defaultDays(calendar(), LocalDate.parse("2025-11-26"), files)).as("through 12-02").isEqualTo(4);
        assertThat(DayPlan.defaultDays(calendar(), LocalDate.parse("2025-11-26"), new java.util.TreeMap<>()))
                .isEqualTo(DayPlan.DEFAULT_DAYS);
        assertThatThrownBy(() -> DayPlan.tradeFiles(dir.resolve("missing"))).isInstanceOf(CliFailure.class)
                .hasMessageContaining("--trades must be a directory")
                .matches(e -> ((CliFailure) e).exitCode() == ExitCode.USAGE);
    }

    @Test
    void theProgressLineShowsTheDayItsCountsEquityAndPnl() {
        TradingDay friday = TradingDay.of(LocalDate.parse("2025-11-28"), java.time.LocalTime.of(9, 30),
                java.time.LocalTime.of(13, 0));
        DayProgress day = new DayProgress(friday, 3, 2, 4, 1, new BigDecimal("100012.345"), new BigDecimal("-48.084"),
                new BigDecimal("-0.00048"), 7);

        assertThat(day.line(2, 22)).isEqualTo("day  2/22  2025-11-28 Fri*  recs  3  orders  2  fills  4  exits  1"
                + "  equity 100012.34  day P&L -48.08 (-0.05 %)  alerts 7");
        assertThat(new DayProgress(friday, 0, 0, 0, 0, null, null, null, 0).line(12, 22))
                .isEqualTo("day 12/22  2025-11-28 Fri*  recs  0  orders  0  fills  0  exits  0  equity -  day P&L -"
                        + " (-)  alerts 0");
    }

    @Test
    void theSampleFileIsTheSameForTheSameSeedDateAndPricesAndUsesThem() {
        LocalDate day = LocalDate.parse("2025-12-01");
        List<String> symbols = SampleTrades.symbols(day, 42);
        Map<String, BigDecimal> prices = Map.of(symbols.get(0), new BigDecimal("500.00"), symbols.get(1),
                new BigDecimal("190.00"), symbols.get(2), new BigDecimal("900.00"));

        String file = SampleTrades.markdown(day, 42, prices);

        assertThat(SampleTrades.markdown(day, 42, prices)).isEqualTo(file);
        assertThat(SampleTrades.symbols(day, 42)).isEqualTo(symbols);
        assertThat(symbols.subList(0, 2)).allMatch(SampleTrades.DEE_BOT_UNIVERSE::contains).doesNotHaveDuplicates();
        assertThat(SampleTrades.SHORGAN_BOT_UNIVERSE).contains(symbols.get(2));
        assertThat(file).contains("## Monday, December 1, 2025")
                // 2000 / (500 × 1.002) = 3.99: 3 shares, limit 501.00, stop 465.00
                .contains("| " + symbols.get(0) + " | 3 | $501.00 | $465.00 | 72% | CLAUDE |")
                // 4000 / (900 × 1.003) = 4.43: 4 shares, limit 902.70, stop 810.00
                .contains("| " + symbols.get(2) + " | 4 | $902.70 | $810.00 | 68% | CLAUDE |");
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(n -> SampleTrades.symbols(day.plusDays(n), 42))
                .distinct().count()).as("the picks change from day to day").isGreaterThan(3);
    }

    @Test
    void aSymbolWithoutAPriceIsLeftOutAndABotWithNoneHasNoBuyOrders() {
        LocalDate day = LocalDate.parse("2025-12-01");
        List<String> symbols = SampleTrades.symbols(day, 7);

        String file = SampleTrades.markdown(day, 7, Map.of(symbols.get(0), new BigDecimal("100")));

        assertThat(file).contains("| " + symbols.get(0) + " | 19 | $100.20 |").doesNotContain("| " + symbols.get(1)
                + " |").contains("| No buy orders today |");
    }
}
