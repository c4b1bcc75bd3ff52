package dev.tradeguard.brokersim.domain;

public enum OrderType implements WireEnum {
    MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP;

    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    public boolean hasStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }
}
