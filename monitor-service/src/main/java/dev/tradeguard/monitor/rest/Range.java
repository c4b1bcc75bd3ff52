package dev.tradeguard.monitor.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.monitor.service.Scope;

/** The who and when of a performance request, validated: every bad parameter is named in one 400. */
record Range(Scope scope, LocalDate from, LocalDate to) {

    static Range parse(PerformanceService performance, RangeQuery query) {
        String account = query.account;
        String strategy = query.strategy;
        Violations violations = new Violations();
        if (blank(account) && blank(strategy)) {
            violations.add("account", "give an account, a strategy, or both");
        }
        LocalDate start = date(violations, "from", query.from);
        LocalDate end = date(violations, "to", query.to);
        if (start != null && end != null && end.isBefore(start)) {
            violations.add("to", "must not be before from");
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.toList());
        }
        Scope scope = blank(account) ? performance.strategy(strategy)
                : performance.account(account, blank(strategy) ? null : strategy);
        LocalDate last = end != null ? end : performance.today();
        LocalDate first = start != null ? start : performance.firstDay(scope);
        if (first.isAfter(last)) {
            first = last;
        }
        return new Range(scope, first, last);
    }

    /** The date a parameter names, or null if blank; a malformed one is added to {@code violations}. */
    static LocalDate date(Violations violations, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(field, "must be a date like 2026-03-02");
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
