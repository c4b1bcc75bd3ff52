package dev.tradeguard.brokersim.domain;

public enum TimeInForce implements WireEnum {
    DAY, GTC, OPG, CLS, IOC, FOK;
}
