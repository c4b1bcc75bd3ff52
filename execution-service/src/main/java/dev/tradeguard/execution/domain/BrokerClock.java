package dev.tradeguard.execution.domain;

import java.time.Instant;

/** The broker's market clock. */
public record BrokerClock(boolean open, Instant nextOpen, Instant nextClose, Instant timestamp) {
}
