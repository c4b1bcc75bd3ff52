package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;

/** A position valued at the current price, as GET /v2/positions reports it. */
public record PositionView(String symbol, String assetId, BigDecimal qty, BigDecimal qtyAvailable,
                           BigDecimal avgEntryPrice, BigDecimal marketValue, BigDecimal costBasis,
                           BigDecimal unrealizedPl, BigDecimal unrealizedPlpc, BigDecimal unrealizedIntradayPl,
                           BigDecimal unrealizedIntradayPlpc, BigDecimal currentPrice, BigDecimal lastdayPrice,
                           BigDecimal changeToday) {

    public String side() {
        return qty.signum() < 0 ? "short" : "long";
    }
}
