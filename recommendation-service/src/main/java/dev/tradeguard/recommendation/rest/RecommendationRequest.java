package dev.tradeguard.recommendation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of a POSTed recommendation. The body is read field by field by
 * {@link RecommendationRequests} (so every wrong field is named); this type only describes it in OpenAPI.
 */
@Schema(name = "RecommendationRequest")
public record RecommendationRequest(
        @Schema(description = "Optional; re-submitting the same id with the same content creates nothing new") UUID id,
        @Schema(description = "Optional; defaults to the account configured for the strategy") String accountId,
        @Schema(required = true, examples = "DEE-BOT") String strategy,
        @Schema(required = true, examples = "AAPL") String symbol,
        @Schema(required = true, description = "buy, sell, sell short or buy to cover") String side,
        @Schema(description = "Whole shares; risk-service sizes and only ever caps it") BigDecimal quantity,
        BigDecimal limitPrice,
        @Schema(description = "Below the limit for a buy, above for a sell short; none on closing sides")
        BigDecimal stopLoss,
        @Schema(description = "Above the limit for a buy, below for a sell short; none on closing sides")
        BigDecimal takeProfit,
        @Schema(description = "0 to 1") BigDecimal confidence,
        @Schema(required = true, examples = "CLAUDE") String source,
        String rationale, String catalyst, LocalDate catalystDate,
        @Schema(description = "Defaults to the close of the next trading session") Instant validUntil) {
}
