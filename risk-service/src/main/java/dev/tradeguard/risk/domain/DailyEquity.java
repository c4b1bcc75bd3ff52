package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account's equity over one New York market day, from the snapshots of that day.
 *
 * @param startEquity the broker's previous close (the first snapshot's last_equity)
 * @param endEquity the equity of the latest snapshot of the day
 * @param endAt when that latest snapshot was taken
 */
public record DailyEquity(String accountId, LocalDate marketDate, BigDecimal startEquity, BigDecimal endEquity,
        Instant endAt) {
}
