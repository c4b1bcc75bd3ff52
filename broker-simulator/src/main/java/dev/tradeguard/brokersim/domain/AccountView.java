package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;

/** The account as GET /v2/account reports it, computed at one instant. */
public record AccountView(String id, String accountNumber, BigDecimal cash, BigDecimal equity, BigDecimal lastEquity,
                          BigDecimal longMarketValue, BigDecimal shortMarketValue, BigDecimal buyingPower,
                          BigDecimal regtBuyingPower, BigDecimal daytradingBuyingPower, BigDecimal initialMargin,
                          BigDecimal maintenanceMargin, BigDecimal lastMaintenanceMargin, int multiplier,
                          boolean shortingEnabled, boolean patternDayTrader, int daytradeCount,
                          boolean tradeSuspendedByUser) {
}
