package dev.tradeguard.monitor.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Alpaca market-data {@code BarsResponse}: one page of bars and the token of the next page. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlpacaBars(List<Bar> bars, String symbol, @JsonProperty("next_page_token") String nextPageToken) {

    /** One bar; a daily bar's {@code t} is the New York midnight that starts its day. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bar(@JsonProperty("t") Instant time, @JsonProperty("o") BigDecimal open,
            @JsonProperty("h") BigDecimal high, @JsonProperty("l") BigDecimal low,
            @JsonProperty("c") BigDecimal close, @JsonProperty("v") Long volume) {
    }
}
