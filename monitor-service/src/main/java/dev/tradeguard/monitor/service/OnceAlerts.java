package dev.tradeguard.monitor.service;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.monitor.repository.AlertOnceRepository;
import dev.tradeguard.platform.outbox.Outbox;

/**
 * Alerts that fire at most once per rule, subject and New York day (position rules, red flags, reports): the claim in
 * alert_once and the alert in the outbox commit or roll back together with the caller's transaction.
 */
@ApplicationScoped
public class OnceAlerts {
    /** The subject of account-wide alerts (red flags, reports). */
    public static final String WHOLE_ACCOUNT = AlertOnceRepository.WHOLE_ACCOUNT;

    @Inject
    AlertOnceRepository claims;

    @Inject
    Outbox outbox;

    /** Queues the alert the first time the rule fires for the subject on {@code day}; true if it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean raise(String accountId, String subject, String rule, LocalDate day, Supplier<Alert> alert) {
        if (!claims.claim(accountId, subject, rule, day)) {
            return false;
        }
        outbox.enqueue(Topics.ALERTS, alert.get());
        return true;
    }
}
