package dev.tradeguard.brokersim.domain;

/** Alpaca answers {@code ""} for an order submitted without an order class, {@code "simple"} when it was named. */
public enum OrderClass implements WireEnum {
    UNSPECIFIED, SIMPLE, BRACKET, OCO, OTO;

    @Override
    public String wire() {
        return this == UNSPECIFIED ? "" : WireEnum.super.wire();
    }

    public boolean isMultiLeg() {
        return this == BRACKET || this == OCO || this == OTO;
    }
}
