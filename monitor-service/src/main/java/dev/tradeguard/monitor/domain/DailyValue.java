package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A daily close: the account's equity, or the benchmark's price, at the end of one New York market day. */
@RegisterForReflection
public record DailyValue(LocalDate date, BigDecimal value) {
}
