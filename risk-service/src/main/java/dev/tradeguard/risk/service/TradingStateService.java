package dev.tradeguard.risk.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.platform.outbox.Outbox;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.config.RiskConfig;
import dev.tradeguard.risk.domain.TradingStateRecord;
import dev.tradeguard.risk.repository.TradingStateRepository;
import dev.tradeguard.risk.service.AuditService.Actor;
import io.quarkus.runtime.StartupEvent;

/**
 * The kill switch (BRIEF invariant 3): ACTIVE, REDUCING or HALTED per account, persisted with its history, published
 * on the compacted {@code trading-state} topic at start-up and on every change, audited. Automatic changes only ever
 * tighten (to HALTED); nothing here re-arms an account by itself.
 */
@ApplicationScoped
public class TradingStateService {
    private static final Logger LOG = Logger.getLogger(TradingStateService.class);
    static final String AUTO = "risk-service:auto";

    @Inject
    TradingStateRepository states;

    @Inject
    Outbox outbox;

    @Inject
    RiskAlerts alerts;

    @Inject
    AuditService audit;

    @Inject
    LimitsResolver limits;

    @Inject
    RiskConfig config;

    @Inject
    RiskMetrics metrics;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        armAndRepublish();
    }

    /**
     * What a start does: arms configured accounts seen for the first time (persisted states are never changed), then
     * republishes every account's state on the compacted topic.
     */
    @Transactional
    public void armAndRepublish() {
        for (String account : limits.accounts()) {
            if (states.find(account).isEmpty()) {
                apply(account, config.initialTradingState(), "first start of risk-service for this account",
                        Actor.SYSTEM, null, Map.of());
            }
        }
        for (TradingStateRecord current : states.all()) {
            publish(current);
            metrics.tradingState(current.accountId(), current.state());
        }
    }

    // a read in a transaction of its own (or the caller's): what is committed, from any thread
    @Transactional
    public Optional<TradingStateRecord> current(String accountId) {
        return states.find(accountId);
    }

    @Transactional
    public List<TradingStateRecord> all() {
        return states.all();
    }

    @Transactional
    public List<TradingStateRecord> history(String accountId) {
        return states.history(accountId);
    }

    /** A person's change (halt, reduce, resume). Returns the state now in force. */
    @Transactional
    public TradingStateRecord change(String accountId, TradingState target, String reason, Actor actor) {
        return apply(accountId, target, reason, actor, null, Map.of());
    }

    /**
     * Halts the account unless it is halted already, raising {@code cause} (e.g. DAILY_LOSS_LIMIT) besides the
     * TRADING_HALTED alert, both with {@code details} (e.g. the mark that breached). Joins the caller's transaction.
     */
    @Transactional
    public void haltAutomatically(String accountId, String reason, AlertType cause) {
        haltAutomatically(accountId, reason, cause, Map.of());
    }

    @Transactional
    public void haltAutomatically(String accountId, String reason, AlertType cause, Map<String, String> details) {
        Optional<TradingStateRecord> current = states.findForUpdate(accountId);
        if (current.isPresent() && current.get().state() == TradingState.HALTED) {
            return;
        }
        LOG.errorf("HALTING %s: %s", accountId, reason);
        apply(accountId, TradingState.HALTED, reason, new Actor(AUTO, "internal"), cause, details);
    }

    private TradingStateRecord apply(String accountId, TradingState target, String reason, Actor actor,
            AlertType cause, Map<String, String> details) {
        Optional<TradingStateRecord> current = states.findForUpdate(accountId);
        TradingState previous = current.map(TradingStateRecord::state).orElse(null);
        if (previous == target) {
            audit.record(actor, "TRADING_STATE_UNCHANGED", accountId, target + " already; reason given: " + reason);
            return current.get();
        }
        TradingStateRecord change = new TradingStateRecord(accountId, previous, target, reason, actor.name(),
                clock.instant());
        states.save(change);
        publish(change);
        metrics.tradingState(accountId, target);
        audit.record(actor, "TRADING_STATE_" + target, accountId, (previous == null ? "(none)" : previous) + " -> "
                + target + ": " + reason);
        if (cause != null) {
            alerts.raise(accountId, cause, cause.defaultPriority(), cause.name().replace('_', ' ') + " on " + accountId,
                    reason + ". Trading is HALTED until a risk officer resumes it.", details);
        }
        if (target == TradingState.HALTED) {
            alerts.raise(accountId, AlertType.TRADING_HALTED, Priority.EMERGENCY, "Trading HALTED on " + accountId,
                    "By " + actor.name() + ": " + reason + ". No new orders; open orders are cancelled.", details);
        } else if (target == TradingState.REDUCING) {
            alerts.raise(accountId, AlertType.TRADING_HALTED, Priority.HIGH, "Trading REDUCING on " + accountId,
                    "By " + actor.name() + ": " + reason + ". Only orders that shrink a position go out.");
        } else if (previous != null) {
            alerts.raise(accountId, AlertType.TRADING_RESUMED, AlertType.TRADING_RESUMED.defaultPriority(),
                    "Trading resumed on " + accountId, "By " + actor.name() + ": " + reason);
        }
        return change;
    }

    private void publish(TradingStateRecord state) {
        Envelope envelope = Envelope.create(state.accountId(), null, null, clock);
        outbox.enqueue(Topics.TRADING_STATE, new TradingStateChanged(envelope.eventId(), envelope.schemaVersion(),
                state.accountId(), null, state.changedAt(), null, state.state(), state.previousState(),
                state.reason(), state.changedBy()));
    }
}
