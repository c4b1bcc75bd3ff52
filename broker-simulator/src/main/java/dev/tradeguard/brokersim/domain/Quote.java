package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/** A top-of-book quote made up around the last trade: the simulator has one price per moment, not a book. */
public record Quote(String symbol, BigDecimal bidPrice, long bidSize, BigDecimal askPrice, long askSize,
                    Instant timestamp) {

    private static final BigDecimal PENNY = new BigDecimal("0.01");
    private static final BigDecimal HALF_PENNY = new BigDecimal("0.005");
    private static final BigDecimal ONE_BASIS_POINT = new BigDecimal("0.0001");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * Bid and ask {@code spread} apart, centred on the last price. Without a configured spread: one cent either side,
     * or one basis point either side when that is larger, rounded out to whole cents. The bid never goes below a cent.
     */
    public static Quote around(Trade last, Optional<BigDecimal> spread, Instant at) {
        BigDecimal half = spread.map(s -> s.divide(TWO))
                .orElseGet(() -> last.price().multiply(ONE_BASIS_POINT).divide(TWO).max(HALF_PENNY)
                        .setScale(2, RoundingMode.CEILING));
        return new Quote(last.symbol(), last.price().subtract(half).max(PENNY), 1, last.price().add(half), 1, at);
    }
}
