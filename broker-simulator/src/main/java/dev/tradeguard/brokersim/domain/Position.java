package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A holding: signed quantity (negative = short) and average entry price. */
public record Position(String symbol, String assetId, BigDecimal qty, BigDecimal avgEntryPrice, LocalDate openedOn) {

    public boolean isLong() {
        return qty.signum() > 0;
    }

    public BigDecimal costBasis() {
        return qty.multiply(avgEntryPrice);
    }
}
