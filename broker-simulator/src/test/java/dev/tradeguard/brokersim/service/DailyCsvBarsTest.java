package dev.tradeguard.brokersim.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.model.market.NyseCalendar;

/** Daily bars from CSV, expanded to a session of one-minute bars that passes through the day's open, low, high, close. */
class DailyCsvBarsTest {
    static final NyseCalendar CALENDAR = NyseCalendar.standard();
    static final String HEADER = "symbol,date,open,high,low,close,volume";
    static final LocalDate MONDAY = LocalDate.of(2025, 11, 24);
    /** The day after Thanksgiving: the session closes at 13:00. */
    static final LocalDate BLACK_FRIDAY = LocalDate.of(2025, 11, 28);

    static List<Bar> day(List<Bar> bars, LocalDate date) {
        return bars.stream().filter(bar -> NyseCalendar.marketDate(bar.timestamp()).equals(date)).toList();
    }

    static BigDecimal highest(List<Bar> bars) {
        return bars.stream().map(Bar::high).max(Comparator.naturalOrder()).orElseThrow();
    }

    static BigDecimal lowest(List<Bar> bars) {
        return bars.stream().map(Bar::low).min(Comparator.naturalOrder()).orElseThrow();
    }

    @Test
    void aDailyBarBecomesOneMinuteBarsFromTheOpenToTheCloseThroughItsLowAndHigh() {
        Map<String, List<Bar>> bars = CsvBars.parse(List.of(HEADER, "xyz,2025-11-24,100.00,104.00,97.00,103.00,390007"),
                CALENDAR);

        List<Bar> session = bars.get("XYZ");
        assertThat(session).hasSize(390);
        assertThat(session.get(0).timestamp()).isEqualTo(NyseCalendar.at(MONDAY, LocalTime.of(9, 30)));
        assertThat(session.get(0).open()).isEqualByComparingTo("100.00");
        assertThat(session.get(389).end()).isEqualTo(NyseCalendar.at(MONDAY, LocalTime.of(16, 0)));
        assertThat(session.get(389).close()).isEqualByComparingTo("103.00");
        assertThat(highest(session)).isEqualByComparingTo("104.00");
        assertThat(lowest(session)).isEqualByComparingTo("97.00");
        assertThat(session.stream().mapToLong(Bar::volume).sum()).isEqualTo(390007);
        for (int i = 1; i < session.size(); i++) {
            assertThat(session.get(i).timestamp()).isEqualTo(session.get(i - 1).end());
            assertThat(session.get(i).open()).isEqualByComparingTo(session.get(i - 1).close());
        }
        session.forEach(bar -> {
            assertThat(bar.high()).isGreaterThanOrEqualTo(bar.open().max(bar.close()));
            assertThat(bar.low()).isLessThanOrEqualTo(bar.open().min(bar.close()));
        });
    }

    @Test
    void anUpDayDipsToItsLowBeforeItsHighAndADownDayRalliesFirst() {
        List<Bar> up = CsvBars.expandDay("XYZ", MONDAY, new BigDecimal("100"), new BigDecimal("104"),
                new BigDecimal("97"), new BigDecimal("103"), 390, CALENDAR);
        List<Bar> down = CsvBars.expandDay("XYZ", MONDAY, new BigDecimal("100"), new BigDecimal("104"),
                new BigDecimal("97"), new BigDecimal("98"), 390, CALENDAR);

        assertThat(firstTouch(up, "97")).isBefore(firstTouch(up, "104"));
        assertThat(firstTouch(down, "104")).isBefore(firstTouch(down, "97"));
        assertThat(firstTouch(up, "97")).isEqualTo(NyseCalendar.at(MONDAY, LocalTime.of(11, 40)));
    }

    static Instant firstTouch(List<Bar> bars, String price) {
        BigDecimal level = new BigDecimal(price);
        return bars.stream().filter(bar -> bar.low().compareTo(level) <= 0 && bar.high().compareTo(level) >= 0)
                .findFirst().orElseThrow().end();
    }

    @Test
    void anEarlyCloseEndsTheDayAt1300NewYork() {
        List<Bar> session = CsvBars.parse(List.of(HEADER, "XYZ,2025-11-28,100.00,101.00,99.50,100.80,1000"),
                CALENDAR).get("XYZ");

        assertThat(session).hasSize(210);
        assertThat(session.get(209).end()).isEqualTo(NyseCalendar.at(BLACK_FRIDAY, LocalTime.of(13, 0)));
        assertThat(session.get(209).close()).isEqualByComparingTo("100.80");
        assertThat(highest(session)).isEqualByComparingTo("101.00");
        assertThat(lowest(session)).isEqualByComparingTo("99.50");
    }

    @Test
    void theFormatIsToldByTheHeaderOrWithoutOneByABareDateAndDaysAreInOrderPerSymbol() {
        Map<String, List<Bar>> headerless = CsvBars.parse(List.of("XYZ,2025-11-25,103,105.5,101,101.5,10",
                "XYZ,2025-11-24,100,104,97,103,10", "SPY,2025-11-24,659,668.5,658.2,668,10"), CALENDAR);

        assertThat(headerless.keySet()).containsExactly("SPY", "XYZ");
        assertThat(day(headerless.get("XYZ"), MONDAY)).hasSize(390);
        assertThat(headerless.get("XYZ").get(0).open()).isEqualByComparingTo("100");
        assertThat(headerless.get("XYZ").get(389).close()).isEqualByComparingTo("103");
        assertThat(headerless.get("XYZ").get(390).open()).isEqualByComparingTo("103");

        Map<String, List<Bar>> minutes = CsvBars.parse(List.of("symbol,timestamp,open,high,low,close,volume",
                "XYZ,2024-03-05T14:30:00Z,10.00,10.50,9.90,10.20,1000"), CALENDAR);
        assertThat(minutes.get("XYZ")).hasSize(1);
    }

    @Test
    void theShippedSamplesParse() throws Exception {
        Map<String, List<Bar>> sample = CsvBars.read(Path.of("src/test/resources/bars/daily-sample.csv"), CALENDAR);
        assertThat(sample.keySet()).containsExactly("SPY", "XYZ");
        assertThat(sample.get("XYZ")).hasSize(390 * 3 + 210);

        Map<String, List<Bar>> users = CsvBars.read(Path.of("../docs/examples/daily-bars-2025-11.csv"), CALENDAR);
        assertThat(users.keySet()).contains("SPY");
        assertThat(users.get("SPY").stream().map(bar -> NyseCalendar.marketDate(bar.timestamp())).distinct().count())
                .isEqualTo(9);
    }

    @Test
    void aBadLineIsRefusedNamingTheLineAndWhatIsWrong() {
        assertRefused("XYZ,2025-11-22,100,104,97,103,10", "line 2: 2025-11-22 is not an NYSE trading day (a weekend)");
        assertRefused("XYZ,2025-11-27,100,104,97,103,10", "line 2: 2025-11-27 is not an NYSE trading day (Thanksgiving");
        assertRefused("XYZ,24/11/2025,100,104,97,103,10", "line 2: date '24/11/2025' is not a day like 2025-11-24");
        assertRefused("XYZ,2025-11-24,100,99,97,103,10", "line 2: inconsistent bar: high 99 and low 97 must enclose");
        assertRefused("XYZ,2025-11-24,100,104,97,abc,10", "line 2: close 'abc' is not a number");
        assertRefused("XYZ,2025-11-24,100,104,0,103,10", "line 2: low must be > 0, got 0");
        assertRefused("XYZ,2025-11-24,100,104,97,103,ten", "line 2: volume 'ten' is not a whole number");
        assertRefused("XYZ,2025-11-24,100,104,97,103", "line 2: expected 7 columns (" + HEADER + "), found 6");
        assertThatThrownBy(() -> CsvBars.parse(List.of(HEADER, "XYZ,2025-11-24,100,104,97,103,10",
                "XYZ,2025-11-24,100,104,97,103,10"), CALENDAR))
                .hasMessage("line 3: a second XYZ bar for 2025-11-24 (one row per symbol and trading day)");
        assertThatThrownBy(() -> CsvBars.parse(List.of("symbol,day,o,h,l,c,v"), CALENDAR))
                .hasMessageStartingWith("line 1: unknown header 'symbol,day,o,h,l,c,v'");
    }

    static void assertRefused(String line, String message) {
        assertThatThrownBy(() -> CsvBars.parse(List.of(HEADER, line), CALENDAR)).hasMessageStartingWith(message);
    }

    @Test
    void aBadFileIsNamedInTheError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, HEADER + "\nXYZ,2025-11-24,100,104,97,103,10\nXYZ,2025-11-23,1,1,1,1,1\n");

        assertThatThrownBy(() -> CsvBars.read(file, CALENDAR))
                .hasMessage("bars file " + file + ": line 3: 2025-11-23 is not an NYSE trading day (a weekend)");
    }
}
