package dev.tradeguard.brokersim.domain;

/**
 * An entry of GET /v2/assets. Every simulated asset is an active US equity that is tradable, marginable, shortable,
 * easy to borrow and fractionable, because that is what the paper exchange lets an order do with it.
 */
public record Asset(String id, String symbol, String name, String exchange, boolean active, boolean tradable,
                    boolean marginable, boolean shortable, boolean easyToBorrow, boolean fractionable) {

    public static final String US_EQUITY = "us_equity";
}
