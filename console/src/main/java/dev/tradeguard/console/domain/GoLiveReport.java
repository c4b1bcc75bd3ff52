package dev.tradeguard.console.domain;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The guide's go-live checklist as monitor-service evaluates it: each criterion PASS/FAIL/UNKNOWN, GO or NO_GO. */
@RegisterForReflection
public record GoLiveReport(String accountId, LocalDate asOf, String verdict, List<Criterion> criteria,
        List<String> reasons, List<String> manualChecks) {

    @RegisterForReflection
    public record Criterion(String name, String value, String threshold, String status, String detail) {
    }
}
