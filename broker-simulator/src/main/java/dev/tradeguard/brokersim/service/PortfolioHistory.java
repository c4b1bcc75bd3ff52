package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.PortfolioHistoryQuery;
import dev.tradeguard.brokersim.domain.PortfolioPeriod;
import dev.tradeguard.brokersim.domain.PortfolioSeries;
import dev.tradeguard.brokersim.domain.Timeframe;
import dev.tradeguard.model.market.NyseCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Alpaca's portfolio history over the simulator's recorded equity. Windows are left-labeled and valued as of their end
 * (the window still running as of now). Intraday windows step from the session's start: 09:30-16:00, or 04:00-20:00
 * with extended hours; daily windows are labeled with the trading day's midnight in New York and valued at its 16:00
 * close, so yesterday's point is today's {@code last_equity}. Only windows that end after the account opened and have
 * begun by now are returned. The base is the equity at the close before the first window when the account was open
 * then, else the first point (Alpaca's {@code base_value_asof} rule).
 */
public final class PortfolioHistory {

    /** Alpaca: "The timeframe can only be set to less than 1 day, when the requested period is less than 30 days." */
    static final long MAX_INTRADAY_DAYS = 30;
    /** Alpaca's default date_end rolls over at the open, or at 07:00 with extended hours. */
    private static final LocalTime EXTENDED_ROLLOVER = LocalTime.of(7, 0);

    private final NyseCalendar calendar;

    public PortfolioHistory(NyseCalendar calendar) {
        this.calendar = calendar;
    }

    public PortfolioSeries compute(PortfolioHistoryQuery query, EquityHistory equity, Instant now) {
        PortfolioPeriod period = query.period();
        Timeframe timeframe = query.timeframe() != null ? query.timeframe()
                : Timeframe.defaultFor(period.approximateDays());
        if (timeframe.isIntraday() && period.approximateDays() > MAX_INTRADAY_DAYS) {
            throw BrokerRejection.invalid("timeframe " + timeframe.wire() + " is only available for periods of "
                    + MAX_INTRADAY_DAYS + " days or less, got period " + period + "; use 1D");
        }
        LocalDate last = query.dateEnd() != null ? query.dateEnd() : currentMarketDate(now, query.extendedHours());
        List<LocalDate> days = tradingDays(period, last);
        boolean extended = query.extendedHours() && timeframe.isIntraday();
        List<PortfolioSeries.Point> points = new ArrayList<>();
        for (LocalDate day : days) {
            for (Window window : windows(day, timeframe, extended)) {
                Instant start = window.start();
                Instant end = window.end();
                if (start.isAfter(now) || !end.isAfter(equity.openedAt())) {
                    continue;
                }
                Instant valuedAt = end.isAfter(now) ? now : end;
                equity.asOf(valuedAt).ifPresent(value -> points.add(new PortfolioSeries.Point(start, cents(value))));
            }
        }
        LocalDate firstDay = points.isEmpty() ? null : NyseCalendar.marketDate(points.get(0).timestamp());
        if (firstDay != null) {
            Instant previousClose = calendar.close(calendar.previousTradingDay(firstDay));
            if (!previousClose.isBefore(equity.openedAt())) {
                BigDecimal base = cents(equity.asOf(previousClose).orElseThrow());
                return new PortfolioSeries(points, base, calendar.previousTradingDay(firstDay), timeframe);
            }
            return new PortfolioSeries(points, points.get(0).equity(), null, timeframe);
        }
        return new PortfolioSeries(points, cents(equity.asOf(now).orElse(BigDecimal.ZERO)), null, timeframe);
    }

    /** The date the history ends on by default: today once the session has begun, else the last trading day. */
    LocalDate currentMarketDate(Instant now, boolean extendedHours) {
        LocalDate today = NyseCalendar.marketDate(now);
        LocalTime rollover = extendedHours ? EXTENDED_ROLLOVER : NyseCalendar.OPEN;
        if (calendar.isTradingDay(today) && !now.isBefore(NyseCalendar.at(today, rollover))) {
            return today;
        }
        return calendar.previousTradingDay(today);
    }

    private List<LocalDate> tradingDays(PortfolioPeriod period, LocalDate last) {
        if (!period.inTradingDays()) {
            return calendar.tradingDays(period.calendarStart(last), last);
        }
        LocalDate lastTradingDay = calendar.isTradingDay(last) ? last : calendar.previousTradingDay(last);
        return calendar.tradingDays(calendar.tradingDaysBefore(lastTradingDay, period.amount() - 1), lastTradingDay);
    }

    private List<Window> windows(LocalDate day, Timeframe timeframe, boolean extendedHours) {
        List<Window> windows = new ArrayList<>();
        if (!timeframe.isIntraday()) {
            windows.add(new Window(NyseCalendar.startOfDay(day), calendar.close(day)));
            return windows;
        }
        Instant sessionStart = NyseCalendar.at(day, extendedHours ? NyseCalendar.PRE_MARKET_OPEN : NyseCalendar.OPEN);
        Instant sessionEnd = extendedHours ? calendar.afterHoursClose(day) : calendar.close(day);
        for (Instant start = sessionStart; start.isBefore(sessionEnd); start = start.plus(timeframe.length())) {
            Instant end = start.plus(timeframe.length());
            windows.add(new Window(start, end.isAfter(sessionEnd) ? sessionEnd : end));
        }
        return windows;
    }

    private record Window(Instant start, Instant end) {
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
