package dev.tradeguard.brokersim.domain;

public enum Side implements WireEnum {
    BUY, SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** +1 for buys, -1 for sells: the sign of the position change a fill of this side causes. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }
}
