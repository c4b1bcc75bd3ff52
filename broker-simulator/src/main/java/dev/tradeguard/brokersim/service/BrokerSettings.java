package dev.tradeguard.brokersim.service;

import java.math.BigDecimal;

/**
 * How the paper account behaves. {@code multiplier} 1 is a cash account (buying power = cash, no shorting); 2 is a
 * Reg T margin account (buying power = 2 x (equity - initial margin)). {@code partialFillProbability} is the chance
 * that an execution fills only part of what is left (seeded by {@code seed}).
 */
public record BrokerSettings(String accountId, BigDecimal initialCash, int multiplier, boolean shortingEnabled,
                             double partialFillProbability, long seed, BigDecimal patternDayTraderMinimumEquity) {

    public BrokerSettings {
        if (multiplier != 1 && multiplier != 2) {
            throw new IllegalArgumentException("multiplier must be 1 or 2");
        }
        if (partialFillProbability < 0 || partialFillProbability > 1) {
            throw new IllegalArgumentException("partialFillProbability must be within [0, 1]");
        }
        if (initialCash.signum() < 0) {
            throw new IllegalArgumentException("initialCash must be >= 0");
        }
    }

    public static BrokerSettings defaults() {
        return new BrokerSettings("9f2f7b9e-5a4e-4c53-9a71-0e1b7a8d6c11", new BigDecimal("100000"), 2, true, 0, 42,
                new BigDecimal("25000"));
    }

    public BrokerSettings withInitialCash(BigDecimal cash) {
        return new BrokerSettings(accountId, cash, multiplier, shortingEnabled, partialFillProbability, seed,
                patternDayTraderMinimumEquity);
    }

    public BrokerSettings withMultiplier(int newMultiplier, boolean shorting) {
        return new BrokerSettings(accountId, initialCash, newMultiplier, shorting, partialFillProbability, seed,
                patternDayTraderMinimumEquity);
    }

    public BrokerSettings withPartialFills(double probability) {
        return new BrokerSettings(accountId, initialCash, multiplier, shortingEnabled, probability, seed,
                patternDayTraderMinimumEquity);
    }
}
