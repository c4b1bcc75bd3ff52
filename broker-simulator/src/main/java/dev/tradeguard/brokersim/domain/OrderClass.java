package dev.tradeguard.brokersim.domain;

/** Alpaca answers {@code ""} for an order submitted without an order class, {@code "simple"} when it was named. */
public enum OrderClass implements WireEnum {
    UNSPECIFIED(""), SIMPLE("simple"), BRACKET("bracket"), OCO("oco"), OTO("oto");

    private final String wire;

    OrderClass(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public boolean isMultiLeg() {
        return this == BRACKET || this == OCO || this == OTO;
    }
}
