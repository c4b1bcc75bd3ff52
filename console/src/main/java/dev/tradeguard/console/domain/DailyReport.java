package dev.tradeguard.console.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** monitor-service's daily summary ({@code GET /reports/daily}). */
@RegisterForReflection
public record DailyReport(String accountId, LocalDate date, BigDecimal startingValue, BigDecimal endingValue,
        BigDecimal dailyPnl, BigDecimal dailyPnlPct, int tradesExecuted, List<Map<String, Object>> positionsClosed,
        List<Position> openPositions, BigDecimal cash, BigDecimal marginUsed) {
}
