package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.AlpacaClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * The calendar's start and end are dates. A timestamp is read as the date written in it, so JavaScript's
 * {@code new Date('2026-12-01').toISOString()} (what Alpaca's JS SDK sends) asks for 1 December, not for the New York
 * date of that instant (30 November, 19:00).
 */
@QuarkusTest
class CalendarDatesTest {

    @TestHTTPResource("/")
    URL simulator;

    @Test
    void aMidnightUtcTimestampStartsTheCalendarOnTheDateItNames() {
        GateAndFaultsTest.alpaca()
                .get("/v2/calendar?start=2026-12-01T00:00:00.000Z&end=2026-12-03T00:00:00.000Z").then()
                .statusCode(200).body("date", contains("2026-12-01", "2026-12-02", "2026-12-03"));
    }

    @Test
    void aTimestampWithAnOffsetIsStillTheDateWrittenInIt() {
        GateAndFaultsTest.alpaca()
                .get("/v2/calendar?start=2026-12-01T23:30:00-05:00&end=2026-12-01T23:59:00+09:00").then()
                .statusCode(200).body("date", contains("2026-12-01"));
    }

    @Test
    void theRealClientsDatesGiveTheSameDays() throws Exception {
        assertThat(AlpacaClients.pointedAt(simulator).calendar()
                .get(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-03")))
                .extracting(c -> c.getDate().toString()).containsExactly("2026-12-01", "2026-12-02", "2026-12-03");
    }

    @Test
    void anEarlyCloseDayClosesAtOneWithLateTradingUntilFiveAndHolidaysAreLeftOut() {
        GateAndFaultsTest.alpaca().get("/v2/calendar?start=2026-11-25&end=2026-11-30").then().statusCode(200)
                .body("date", contains("2026-11-25", "2026-11-27", "2026-11-30"))
                .body("close", contains("16:00", "13:00", "16:00"))
                .body("session_close", contains("2000", "1700", "2000"));
    }

    @Test
    void aRangeOutsideTheYearsTheCalendarCoversIsRefused() {
        GateAndFaultsTest.alpaca().get("/v2/calendar?start=2035-12-01&end=2036-01-31").then().statusCode(422)
                .body("message", org.hamcrest.Matchers.containsString("2035"));
    }

    @Test
    void aValueThatIsNeitherADateNorATimestampIsRefusedNamingIt() {
        GateAndFaultsTest.alpaca().get("/v2/calendar?start=December").then().statusCode(422)
                .body("message", org.hamcrest.Matchers.equalTo("invalid start: December"));
    }
}
