package dev.tradeguard.model;

/** Alpaca order classes; every entry order TradeGuard places is a BRACKET (BRIEF invariant 4). */
public enum OrderClass {
    SIMPLE, BRACKET, OCO, OTO
}
