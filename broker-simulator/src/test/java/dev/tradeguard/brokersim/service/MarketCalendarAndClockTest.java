package dev.tradeguard.brokersim.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketCalendarAndClockTest {

    final MarketCalendar calendar = new MarketCalendar();

    @Test
    void nyseHolidaysAndWeekendsAreClosed() {
        assertThat(calendar.isTradingDay(LocalDate.of(2024, 3, 29))).as("Good Friday").isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2022, 6, 20))).as("Juneteenth observed").isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2021, 12, 24))).as("Christmas observed").isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2024, 11, 28))).as("Thanksgiving").isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2024, 3, 9))).as("Saturday").isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2024, 3, 5))).isTrue();
    }

    @Test
    void theRegularSessionIsNineThirtyToFourInNewYorkAcrossDaylightSaving() {
        assertThat(calendar.isOpen(Instant.parse("2024-03-08T14:30:00Z"))).as("EST open").isTrue();
        assertThat(calendar.isOpen(Instant.parse("2024-03-11T13:30:00Z"))).as("EDT open").isTrue();
        assertThat(calendar.isOpen(Instant.parse("2024-03-11T20:00:00Z"))).as("EDT close").isFalse();
        assertThat(calendar.nextOpen(Instant.parse("2024-03-08T22:00:00Z")))
                .isEqualTo(Instant.parse("2024-03-11T13:30:00Z"));
        assertThat(calendar.nextClose(Instant.parse("2024-03-08T15:00:00Z")))
                .isEqualTo(Instant.parse("2024-03-08T21:00:00Z"));
    }

    @Test
    void anAcceleratedClockRunsNTimesFasterThanTheWall() {
        MutableWall wall = new MutableWall();
        SimulationClock clock = new SimulationClock(wall, Instant.parse("2024-03-05T15:00:00Z"), 60);
        wall.now = wall.now.plusSeconds(10);
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-03-05T15:10:00Z"));
        clock.setSpeed(0);
        wall.now = wall.now.plusSeconds(10);
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-03-05T15:10:00Z"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-03-05T15:15:00Z"));
        assertThatThrownBy(() -> clock.advance(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void barsAreRevealedOnlyOnceTheClockHasPassedTheirEnd() {
        MarketData market = new MarketData(calendar, Map.of("SPY", new BigDecimal("500")), Map.of(), 7);
        Instant start = Instant.parse("2024-03-05T15:00:30Z");
        market.reset(start);
        assertThat(market.latestBar("SPY").orElseThrow().end()).isEqualTo(Instant.parse("2024-03-05T15:00:00Z"));
        assertThat(market.minuteBars("SPY", Instant.parse("2024-02-27T00:00:00Z"), start))
                .hasSize(5 * 390 + 30);
    }

    @Test
    void theSameSeedGivesTheSamePricePath() {
        MarketData first = new MarketData(calendar, Map.of("SPY", new BigDecimal("500")), Map.of(), 7);
        MarketData second = new MarketData(calendar, Map.of("SPY", new BigDecimal("500")), Map.of(), 7);
        Instant start = Instant.parse("2024-03-05T15:00:00Z");
        first.reset(start);
        second.reset(start);
        assertThat(first.minuteBars("SPY", Instant.EPOCH, start)).isEqualTo(second.minuteBars("SPY", Instant.EPOCH, start));
    }

    @Test
    void csvBarsAreReplayedInsteadOfTheSyntheticPath() {
        var bars = CsvBars.parse(List.of("symbol,timestamp,open,high,low,close,volume",
                "XYZ,2024-03-05T14:30:00Z,10.00,10.50,9.90,10.20,1000",
                "XYZ,2024-03-05T14:31:00Z,10.20,10.30,10.00,10.10,800"));
        MarketData market = new MarketData(calendar, Map.of(), bars, 1);
        market.reset(Instant.parse("2024-03-05T14:31:00Z"));
        assertThat(market.lastPrice("XYZ")).isEqualByComparingTo("10.20");
        market.advanceTo(Instant.parse("2024-03-05T14:32:00Z"));
        assertThat(market.lastPrice("XYZ")).isEqualByComparingTo("10.10");
    }

    @Test
    void aMalformedCsvLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> CsvBars.parse(List.of("XYZ,not-a-time,1,1,1,1,1")))
                .hasMessageStartingWith("line 1:");
    }

    static final class MutableWall extends Clock {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
