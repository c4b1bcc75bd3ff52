package dev.tradeguard.brokersim.domain;

public enum TimeInForce implements WireEnum {
    DAY("day"), GTC("gtc"), OPG("opg"), CLS("cls"), IOC("ioc"), FOK("fok");

    private final String wire;

    TimeInForce(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
