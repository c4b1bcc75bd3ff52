package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An equity curve: one point per window (left-labeled, equity as of the window's end), and the base the profit and
 * loss is measured from. {@code baseValueAsOf} is the trading day whose close is the base, or null when the account
 * had no close before the series and the first point is the base.
 */
public record PortfolioSeries(List<Point> points, BigDecimal baseValue, LocalDate baseValueAsOf, Timeframe timeframe) {

    public record Point(Instant timestamp, BigDecimal equity) {
    }
}
