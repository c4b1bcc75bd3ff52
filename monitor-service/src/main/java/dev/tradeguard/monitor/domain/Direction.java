package dev.tradeguard.monitor.domain;

/** Which way a round trip was held. */
public enum Direction {
    LONG, SHORT
}
