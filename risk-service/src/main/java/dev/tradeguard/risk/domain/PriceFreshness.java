package dev.tradeguard.risk.domain;

import java.time.Instant;

/**
 * Whether execution-service's market-data prices for an account can be trusted, from its latest MarketDataStatus.
 *
 * @param reason execution-service's words for why prices are stale; {@code null} when fresh
 * @param since when the account's prices became fresh or stale (the first status of this freshness)
 * @param staleSymbols the held symbols without a recent message, comma-separated; empty when none is named
 */
public record PriceFreshness(boolean fresh, String reason, Instant since, String staleSymbols) {
}
