package dev.tradeguard.brokersim.service;

import dev.tradeguard.model.market.NyseCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A moment at which what the simulated exchange may trade changes: queued orders activate at the pre-market and the
 * regular open, day orders expire at the close (13:00 on early-close days), extended-hours ones at the end of late
 * trading. The days and times are the NYSE calendar's; only the event list is the simulator's.
 */
public record SessionBoundary(Instant at, Kind kind, LocalDate date) {

    public enum Kind { PRE_MARKET_OPEN, OPEN, CLOSE, AFTER_HOURS_CLOSE }

    /** The boundaries in {@code (from, to]}, in time order. */
    public static List<SessionBoundary> between(NyseCalendar calendar, Instant from, Instant to) {
        List<SessionBoundary> boundaries = new ArrayList<>();
        for (LocalDate day : calendar.tradingDays(NyseCalendar.marketDate(from), NyseCalendar.marketDate(to))) {
            List<SessionBoundary> ofDay = List.of(
                    new SessionBoundary(NyseCalendar.at(day, NyseCalendar.PRE_MARKET_OPEN), Kind.PRE_MARKET_OPEN, day),
                    new SessionBoundary(calendar.open(day), Kind.OPEN, day),
                    new SessionBoundary(calendar.close(day), Kind.CLOSE, day),
                    new SessionBoundary(calendar.afterHoursClose(day), Kind.AFTER_HOURS_CLOSE, day));
            for (SessionBoundary boundary : ofDay) {
                if (boundary.at().isAfter(from) && !boundary.at().isAfter(to)) {
                    boundaries.add(boundary);
                }
            }
        }
        return boundaries;
    }
}
