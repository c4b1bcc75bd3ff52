package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.RiskFixtures.read;
import static dev.tradeguard.risk.RiskFixtures.send;
import static dev.tradeguard.risk.RiskFixtures.sendAndAwaitApplied;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.risk.domain.DailyEquity;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.DailyEquityRepository;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The daily equity the 30-day profitability rule is judged on, recorded from snapshots on {@code positions}: the
 * day's start is its first snapshot's previous close, its end the latest snapshot of the day; a redelivered or late
 * snapshot changes nothing, and a weekend is no trading day.
 */
@QuarkusTest
class DailyEquityRecordingTest {
    private static final NyseCalendar CALENDAR = NyseCalendar.standard();
    private static final String ACCOUNT = "ACC-DAILY";

    @Inject
    DailyEquityRepository days;

    @Inject
    AccountStateRepository accounts;

    @Test
    void aDayKeepsItsFirstStartAndItsLatestEndWhateverArrivesLateOrTwice() {
        LocalDate today = NyseCalendar.marketDate(Instant.now());
        LocalDate day = CALENDAR.tradingDaysBefore(today, 2);
        LocalDate saturday = day.plusDays(1);
        while (saturday.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        AccountSnapshot noon = snapshot(NyseCalendar.at(day, LocalTime.NOON), ACCOUNT, "100500", "100000", "100500");
        AccountSnapshot close = snapshot(NyseCalendar.at(day, LocalTime.of(16, 0)), ACCOUNT, "101000", "100000",
                "101000");
        AccountSnapshot lateMorning = snapshot(NyseCalendar.at(day, LocalTime.of(10, 0)), ACCOUNT, "99000", "99999",
                "99000");
        send(noon);
        send(close);
        send(noon);
        send(lateMorning);
        send(snapshot(NyseCalendar.at(saturday, LocalTime.NOON), ACCOUNT, "101000", "101000", "101000"));
        AccountSnapshot last = snapshot(ACCOUNT, "101000", "101000", "101000");
        sendAndAwaitApplied(accounts, last);

        List<DailyEquity> recorded = await().atMost(Duration.ofSeconds(30)).until(
                () -> read(() -> days.between(ACCOUNT, null, today.plusDays(1))), list -> list.size() >= 1
                        && list.stream().anyMatch(d -> d.marketDate().equals(day)));
        DailyEquity recordedDay = recorded.stream().filter(d -> d.marketDate().equals(day)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("100000").compareTo(recordedDay.startEquity()), recordedDay::toString);
        assertEquals(0, new BigDecimal("101000").compareTo(recordedDay.endEquity()), recordedDay::toString);
        assertEquals(close.occurredAt(), recordedDay.endAt());
        LocalDate weekend = saturday;
        assertEquals(List.of(), recorded.stream().filter(d -> d.marketDate().equals(weekend)).toList());
    }
}
