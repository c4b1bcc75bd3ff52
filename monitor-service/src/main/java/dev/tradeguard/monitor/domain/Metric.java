package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A number, or the reason it does not exist. A Sharpe ratio of flat equity is not 0 and not NaN: it is undefined,
 * and the reason says why.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metric(BigDecimal value, String undefinedReason) {

    public static Metric of(BigDecimal value) {
        return new Metric(value, null);
    }

    public static Metric undefined(String reason) {
        return new Metric(null, reason);
    }

    public boolean defined() {
        return value != null;
    }

    /** The value rounded for people: {@code scale} decimals, or "undefined (reason)". */
    public String describe(int scale) {
        return defined() ? value.setScale(scale, java.math.RoundingMode.HALF_EVEN).toPlainString()
                : "undefined (" + undefinedReason + ")";
    }
}
