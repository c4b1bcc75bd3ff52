package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.PortfolioHistoryQuery;
import dev.tradeguard.brokersim.domain.PortfolioPeriod;
import dev.tradeguard.brokersim.domain.PortfolioSeries;
import dev.tradeguard.brokersim.domain.Timeframe;
import dev.tradeguard.model.market.NyseCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the equity curve over a hand-made equity record, without the exchange. */
class PortfolioHistoryTest {

    final NyseCalendar calendar = NyseCalendar.standard();
    final PortfolioHistory history = new PortfolioHistory(calendar);

    /** Opened Thursday 2024-03-28 at the 09:30 open with 1000; Good Friday (03-29) is an NYSE holiday. */
    EquityHistory equity() {
        EquityHistory equity = new EquityHistory(Instant.parse("2024-03-28T13:30:00Z"), new BigDecimal("1000"));
        equity.record(Instant.parse("2024-03-28T20:00:00Z"), new BigDecimal("1100"));
        equity.record(Instant.parse("2024-04-01T14:00:00Z"), new BigDecimal("1210"));
        return equity;
    }

    PortfolioSeries daily(PortfolioPeriod period, LocalDate dateEnd, Instant now) {
        return history.compute(new PortfolioHistoryQuery(period, Timeframe.ONE_DAY, dateEnd, false), equity(), now);
    }

    @Test
    void theEquityAtAnyMomentIsTheLastChangeAtOrBeforeIt() {
        EquityHistory equity = equity();
        assertThat(equity.asOf(Instant.parse("2024-03-28T13:29:59Z"))).isEmpty();
        assertThat(equity.asOf(Instant.parse("2024-03-28T19:59:59Z"))).contains(new BigDecimal("1000"));
        assertThat(equity.asOf(Instant.parse("2024-03-28T20:00:00Z"))).contains(new BigDecimal("1100"));
        assertThat(equity.asOf(Instant.parse("2024-04-05T00:00:00Z"))).contains(new BigDecimal("1210"));
    }

    @Test
    void anUnchangedEquityIsNotRecordedAgain() {
        EquityHistory equity = equity();
        equity.record(Instant.parse("2024-04-02T14:00:00Z"), new BigDecimal("1210.00"));
        assertThat(equity.size()).isEqualTo(3);
    }

    @Test
    void dailyPointsSkipTheHolidayAndMeasureFromTheFirstPointWhenTheAccountHadNoEarlierClose() {
        PortfolioSeries series = daily(new PortfolioPeriod(1, 'W'), null, Instant.parse("2024-04-01T15:00:00Z"));

        assertThat(series.points()).extracting(PortfolioSeries.Point::timestamp).containsExactly(
                Instant.parse("2024-03-28T04:00:00Z"), Instant.parse("2024-04-01T04:00:00Z"));
        assertThat(series.points()).extracting(PortfolioSeries.Point::equity).containsExactly(
                new BigDecimal("1100.00"), new BigDecimal("1210.00"));
        assertThat(series.baseValue()).isEqualByComparingTo("1100");
        assertThat(series.baseValueAsOf()).isNull();
    }

    @Test
    void aDayPeriodCountsTradingDaysSoOneDayAfterTheHolidayIsMondayMeasuredFromThursdaysClose() {
        PortfolioSeries series = history.compute(new PortfolioHistoryQuery(new PortfolioPeriod(1, 'D'),
                Timeframe.ONE_HOUR, null, false), equity(), Instant.parse("2024-04-01T15:00:00Z"));

        assertThat(series.points()).extracting(PortfolioSeries.Point::timestamp).containsExactly(
                Instant.parse("2024-04-01T13:30:00Z"), Instant.parse("2024-04-01T14:30:00Z"));
        assertThat(series.baseValue()).isEqualByComparingTo("1100");
        assertThat(series.baseValueAsOf()).isEqualTo(LocalDate.parse("2024-03-28"));
    }

    @Test
    void beforeTheOpenTheDefaultLastDateIsThePreviousTradingDayAndWithExtendedHoursItRollsAtSeven() {
        Instant mondaySixThirty = Instant.parse("2024-04-01T10:30:00Z");
        Instant mondaySevenThirty = Instant.parse("2024-04-01T11:30:00Z");

        assertThat(history.currentMarketDate(mondaySevenThirty, false)).isEqualTo(LocalDate.parse("2024-03-28"));
        assertThat(history.currentMarketDate(mondaySixThirty, true)).isEqualTo(LocalDate.parse("2024-03-28"));
        assertThat(history.currentMarketDate(mondaySevenThirty, true)).isEqualTo(LocalDate.parse("2024-04-01"));
    }

    @Test
    void theDefaultTimeframeFollowsThePeriodsLength() {
        assertThat(Timeframe.defaultFor(new PortfolioPeriod(6, 'D').approximateDays()))
                .isEqualTo(Timeframe.ONE_MINUTE);
        assertThat(Timeframe.defaultFor(new PortfolioPeriod(1, 'W').approximateDays()))
                .isEqualTo(Timeframe.FIFTEEN_MINUTES);
        assertThat(Timeframe.defaultFor(PortfolioPeriod.DEFAULT.approximateDays())).isEqualTo(Timeframe.ONE_DAY);
    }
}
