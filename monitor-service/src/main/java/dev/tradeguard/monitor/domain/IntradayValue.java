package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One valuation of an account during a day: its equity as a snapshot or a position change reported it. */
@RegisterForReflection
public record IntradayValue(Instant at, BigDecimal equity) {
}
