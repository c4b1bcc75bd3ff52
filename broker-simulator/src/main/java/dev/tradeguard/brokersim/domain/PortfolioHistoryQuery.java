package dev.tradeguard.brokersim.domain;

import java.time.LocalDate;

/**
 * GET /v2/account/portfolio/history's parameters; {@code timeframe} and {@code dateEnd} are null when the caller left
 * them to Alpaca's defaults.
 */
public record PortfolioHistoryQuery(PortfolioPeriod period, Timeframe timeframe, LocalDate dateEnd,
                                    boolean extendedHours) {
}
