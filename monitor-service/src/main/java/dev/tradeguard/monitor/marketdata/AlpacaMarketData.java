package dev.tradeguard.monitor.marketdata;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tradeguard.model.serde.EventJson;

/**
 * Alpaca's market-data API (data.alpaca.markets), read-only: {@code GET /v2/stocks/{symbol}/bars}. A data-only or
 * paper key is enough; monitor-service never holds live trading keys. The key is sent only in the
 * APCA-API-KEY-ID / APCA-API-SECRET-KEY headers and never appears in an exception message.
 */
public class AlpacaMarketData {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final URI baseUrl;
    private final String keyId;
    private final String secretKey;

    public AlpacaMarketData(URI baseUrl, String keyId, String secretKey) {
        this.baseUrl = baseUrl;
        this.keyId = keyId;
        this.secretKey = secretKey;
    }

    /** One page of split- and dividend-adjusted daily bars in [start, end). */
    public AlpacaBars dailyBars(String symbol, Instant start, Instant end, int limit, String pageToken, String feed) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("timeframe", "1Day");
        query.put("start", start.toString());
        query.put("end", end.toString());
        query.put("limit", String.valueOf(limit));
        query.put("adjustment", "all");
        query.put("feed", feed);
        if (pageToken != null) {
            query.put("page_token", pageToken);
        }
        String path = "/v2/stocks/" + URLEncoder.encode(symbol, StandardCharsets.UTF_8) + "/bars?"
                + query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                        StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("APCA-API-KEY-ID", keyId)
                .header("APCA-API-SECRET-KEY", secretKey).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("market data " + symbol + " bars: HTTP " + response.statusCode());
            }
            return EventJson.mapper().readValue(response.body(), AlpacaBars.class);
        } catch (IOException e) {
            throw new IllegalStateException("market data " + symbol + " bars: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("market data " + symbol + " bars: interrupted", e);
        }
    }
}
