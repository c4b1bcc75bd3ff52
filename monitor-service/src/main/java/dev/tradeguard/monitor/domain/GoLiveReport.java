package dev.tradeguard.monitor.domain;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The go/no-go answer. {@code GO} needs every measurable criterion to pass; a criterion this service cannot measure is
 * UNKNOWN and listed in {@link #manualChecks()}: a person must confirm it before going live.
 *
 * @param reasons why it is NO-GO: one line per failed criterion
 */
@RegisterForReflection
public record GoLiveReport(String accountId, LocalDate asOf, Verdict verdict, List<GoLiveCriterion> criteria,
        List<String> reasons, List<String> manualChecks) {

    public enum Verdict {
        GO, NO_GO
    }
}
