package dev.tradeguard.brokersim.domain;

public enum OrderType implements WireEnum {
    MARKET("market"), LIMIT("limit"), STOP("stop"), STOP_LIMIT("stop_limit"), TRAILING_STOP("trailing_stop");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    public boolean hasStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }
}
