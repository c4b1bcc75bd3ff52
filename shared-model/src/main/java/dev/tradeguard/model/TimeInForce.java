package dev.tradeguard.model;

/** Alpaca time-in-force values. */
public enum TimeInForce {
    DAY, GTC, OPG, CLS, IOC, FOK
}
