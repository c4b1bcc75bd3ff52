package dev.tradeguard.risk.service;

import dev.tradeguard.risk.domain.CapitalRule;

/** A capital change the guide's scaling rules refuse: answered 422, the message starting with the rule. */
public class CapitalRefusedException extends RuntimeException {
    private final CapitalRule rule;
    private final String field;

    public CapitalRefusedException(CapitalRule rule, String field, String details) {
        super(rule.name() + ": " + details, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public CapitalRule rule() {
        return rule;
    }

    /** The request field the rule is about: {@code capital} or {@code cashReservePct}. */
    public String field() {
        return field;
    }
}
