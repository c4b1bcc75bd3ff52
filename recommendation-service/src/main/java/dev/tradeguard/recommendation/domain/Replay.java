package dev.tradeguard.recommendation.domain;

import java.time.LocalDate;

/**
 * An import's request to replay a past day's file as of that day ({@code ?tradingDay=2026-01-20}, or
 * {@code ?replay=true} for the day the file is for). Honoured only where replay is enabled.
 *
 * @param tradingDay the day the caller says the file is for; {@code null} to take it from the file
 * @param field the request parameter that asked for it, named when the request is refused
 */
public record Replay(boolean requested, LocalDate tradingDay, String field) {
    public static final Replay NONE = new Replay(false, null, null);

    public static Replay of(boolean replay, LocalDate tradingDay) {
        if (tradingDay != null) {
            return new Replay(true, tradingDay, "tradingDay");
        }
        return replay ? new Replay(true, null, "replay") : NONE;
    }
}
