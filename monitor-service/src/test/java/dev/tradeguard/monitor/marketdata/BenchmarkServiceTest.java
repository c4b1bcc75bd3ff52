package dev.tradeguard.monitor.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.repository.BenchmarkRepository;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Against a local HTTP server speaking Alpaca's market-data protocol: {@code GET /v2/stocks/{symbol}/bars} with the
 * APCA key headers, {@code BarsResponse} bodies and {@code next_page_token} pagination.
 */
@QuarkusTest
class BenchmarkServiceTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 6, 6);
    private static final String FIRST_PAGE = """
            {"bars":[{"t":"2025-06-04T04:00:00Z","o":592.7,"h":594.0,"l":591.0,"c":593.24,"v":1000,"n":9,"vw":593.1}],
             "symbol":"SPY","next_page_token":"cGFnZS0y"}""";
    private static final String SECOND_PAGE = """
            {"bars":[{"t":"2025-06-05T04:00:00Z","o":596.0,"h":599.0,"l":592.0,"c":593.05,"v":900},
                     {"t":"2025-06-06T04:00:00Z","o":598.0,"h":600.8,"l":596.7,"c":599.14,"v":800}],
             "symbol":"SPY","next_page_token":null}""";

    @Inject
    BenchmarkService benchmark;

    @Inject
    BenchmarkRepository closes;

    HttpServer alpaca;
    final List<HttpExchangeRecord> requests = new CopyOnWriteArrayList<>();
    /** Answer every request with no bars (nothing is cached, so a test leaves the table as it found it). */
    volatile boolean noBars;

    record HttpExchangeRecord(String path, String query, String keyId, String secretKey) {
    }

    @BeforeEach
    void start() throws IOException {
        alpaca = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        alpaca.createContext("/v2/stocks/", this::bars);
        alpaca.start();
    }

    @AfterEach
    void stop() {
        alpaca.stop(0);
    }

    private void bars(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(new HttpExchangeRecord(uri.getPath(), uri.getQuery(),
                exchange.getRequestHeaders().getFirst("APCA-API-KEY-ID"),
                exchange.getRequestHeaders().getFirst("APCA-API-SECRET-KEY")));
        boolean authorised = "test-data-key".equals(exchange.getRequestHeaders().getFirst("APCA-API-KEY-ID"));
        String body = !authorised ? "{\"message\":\"forbidden.\"}"
                : noBars ? "{\"bars\":[],\"symbol\":\"SPY\",\"next_page_token\":null}"
                : uri.getQuery().contains("page_token=cGFnZS0y") ? SECOND_PAGE : FIRST_PAGE;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(authorised ? 200 : 403, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private URI baseUrl() {
        return URI.create("http://127.0.0.1:" + alpaca.getAddress().getPort());
    }

    @Test
    void dailyClosesAreFetchedPageByPageWithTheDataKeyAndCachedOnce() {
        int stored = benchmark.refresh(baseUrl(), FRIDAY);

        assertEquals(3, stored);
        assertEquals(List.of(new DailyValue(FRIDAY.minusDays(2), new BigDecimal("593.24")),
                new DailyValue(FRIDAY.minusDays(1), new BigDecimal("593.05")),
                new DailyValue(FRIDAY, new BigDecimal("599.14"))),
                closes.closes("SPY", FRIDAY.minusDays(2), FRIDAY));
        assertEquals(2, requests.size());
        for (HttpExchangeRecord request : requests) {
            assertEquals("/v2/stocks/SPY/bars", request.path());
            assertEquals("test-data-key", request.keyId());
            assertEquals("test-data-secret", request.secretKey());
            Map<String, String> query = parse(request.query());
            assertEquals("1Day", query.get("timeframe"));
            assertEquals("all", query.get("adjustment"));
            assertEquals("iex", query.get("feed"));
            assertEquals("2025-06-07T04:00:00Z", query.get("end"), "through the end of Friday, New York");
        }
        assertTrue(requests.get(1).query().contains("page_token=cGFnZS0y"));

        // Everything up to Friday is cached: asking again fetches nothing.
        assertEquals(0, benchmark.refresh(baseUrl(), FRIDAY));
        assertEquals(2, requests.size());
    }

    @Test
    void theRefreshIsDueOnceATradingDayAt1605NewYorkOnTheServiceClock() {
        noBars = true;
        // Thursday 2025-06-12 (a trading day), then the weekend, then Monday 2025-06-16.
        benchmark.refreshIfDue(newYork("2025-06-12T16:04"), baseUrl());
        assertEquals(0, requests.size(), "not before 16:05");

        benchmark.refreshIfDue(newYork("2025-06-12T16:05"), baseUrl());
        assertEquals(1, requests.size());
        assertEquals("2025-06-13T04:00:00Z", parse(requests.get(0).query()).get("end"), "through that Thursday");

        benchmark.refreshIfDue(newYork("2025-06-12T18:30"), baseUrl());
        benchmark.refreshIfDue(newYork("2025-06-14T17:00"), baseUrl());
        benchmark.refreshIfDue(newYork("2025-06-15T17:00"), baseUrl());
        assertEquals(1, requests.size(), "once a day, and not on the weekend");

        benchmark.refreshIfDue(newYork("2025-06-16T16:30"), baseUrl());
        assertEquals(2, requests.size());
        assertEquals("2025-06-17T04:00:00Z", parse(requests.get(1).query()).get("end"), "the next trading day");
    }

    private static java.time.Instant newYork(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("America/New_York")).toInstant();
    }

    private static Map<String, String> parse(String query) {
        return java.util.Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(pair -> pair[0],
                        pair -> java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
