package dev.tradeguard.brokersim.service;

import dev.tradeguard.model.market.NyseCalendar;

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

class SessionsClockAndMarketDataTest {

    final NyseCalendar calendar = NyseCalendar.standard();

    @Test
    void sessionBoundariesOfAnEarlyCloseDayCloseAtOneAndEndLateTradingAtFive() {
        LocalDate dayAfterThanksgiving = LocalDate.of(2026, 11, 27);
        assertThat(SessionBoundary.between(calendar, NyseCalendar.startOfDay(dayAfterThanksgiving),
                NyseCalendar.endOfDay(dayAfterThanksgiving)))
                .extracting(b -> b.kind() + "@" + b.at())
                .containsExactly("PRE_MARKET_OPEN@2026-11-27T09:00:00Z", "OPEN@2026-11-27T14:30:00Z",
                        "CLOSE@2026-11-27T18:00:00Z", "AFTER_HOURS_CLOSE@2026-11-27T22:00:00Z");
    }

    @Test
    void sessionBoundariesSkipWeekendsAndHolidaysAndExcludeTheStartOfTheRange() {
        // Thursday 2026-04-02 at its close, through Good Friday and the weekend, to Monday's open.
        assertThat(SessionBoundary.between(calendar, Instant.parse("2026-04-02T20:00:00Z"),
                Instant.parse("2026-04-06T13:30:00Z")))
                .extracting(b -> b.kind() + "@" + b.date())
                .containsExactly("AFTER_HOURS_CLOSE@2026-04-02", "PRE_MARKET_OPEN@2026-04-06", "OPEN@2026-04-06");
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
    void everyResetAdvanceAndSpeedChangeStartsANewGenerationWhileRunningKeepsIt() {
        MutableWall wall = new MutableWall();
        SimulationClock clock = new SimulationClock(wall, Instant.parse("2024-03-05T15:00:00Z"), 1);
        long started = clock.generation();
        wall.now = wall.now.plusSeconds(10);
        assertThat(clock.generation()).as("running is no jump").isEqualTo(started);
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.generation()).isEqualTo(started + 1);
        clock.setSpeed(0);
        assertThat(clock.generation()).isEqualTo(started + 2);
        clock.reset(Instant.parse("2024-04-01T13:30:00Z"), 60);
        assertThat(clock.generation()).isEqualTo(started + 3);
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
