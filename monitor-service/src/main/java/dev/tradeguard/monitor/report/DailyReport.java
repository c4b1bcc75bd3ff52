package dev.tradeguard.monitor.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.monitor.domain.RoundTrip;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The guide's daily summary. Starting value is the broker's previous close (last_equity) of the day's close.
 *
 * @param dailyPnlPct dailyPnl / startingValue; null when the starting value is unknown or 0
 * @param marginUsed borrowed cash: the negative part of the cash balance
 */
@RegisterForReflection
public record DailyReport(String accountId, LocalDate date, BigDecimal startingValue, BigDecimal endingValue,
        BigDecimal dailyPnl, BigDecimal dailyPnlPct, int tradesExecuted, List<RoundTrip> positionsClosed,
        List<PositionSnapshot> openPositions, BigDecimal cash, BigDecimal marginUsed) {
}
