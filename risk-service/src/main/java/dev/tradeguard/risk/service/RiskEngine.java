package dev.tradeguard.risk.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.AutomationLevel;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.platform.outbox.Outbox;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.config.RiskConfig;
import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.Denial;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.domain.Evaluation;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.ProposedOrder;
import dev.tradeguard.risk.domain.RiskContext;
import dev.tradeguard.risk.domain.TradingStateRecord;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.ApprovalRepository;
import dev.tradeguard.risk.repository.ApprovedOrderRepository;
import dev.tradeguard.risk.repository.ApprovedOrderRepository.OrderPace;
import dev.tradeguard.risk.repository.CapitalChangeRepository;
import dev.tradeguard.risk.repository.DecisionRepository;

/**
 * The risk engine's public face: {@link #execute(Recommendation)} decides a recommendation once — denied with a typed
 * reason, waiting for a person, or approved and sent to execution through the outbox — and records the decision in
 * the same transaction, so a redelivered recommendation gets the same decision and never a second order.
 */
@ApplicationScoped
public class RiskEngine {
    private static final Logger LOG = Logger.getLogger(RiskEngine.class);
    /** "Today" and the pattern-day-trader window are NYSE market days (weekends and exchange holidays skipped). */
    private static final NyseCalendar CALENDAR = NyseCalendar.standard();

    @Inject
    LimitsResolver limitsResolver;

    @Inject
    RiskConfig config;

    @Inject
    DecisionRepository decisions;

    @Inject
    ApprovalRepository approvals;

    @Inject
    ApprovedOrderRepository approvedOrders;

    @Inject
    AccountStateRepository accounts;

    @Inject
    TradingStateService tradingStates;

    @Inject
    Outbox outbox;

    @Inject
    RiskAlerts alerts;

    @Inject
    RiskMetrics metrics;

    @Inject
    CapitalChangeRepository capitals;

    @Inject
    Clock clock;

    @Transactional
    public Decision execute(Recommendation rec) {
        Optional<Decision> earlier = decisions.find(rec.recommendationId());
        if (earlier.isPresent()) {
            LOG.infof("Recommendation %s was decided before (%s): nothing new", rec.recommendationId(),
                    earlier.get().outcome());
            return earlier.get();
        }
        Instant now = clock.instant();
        Optional<Limits> found = limitsResolver.forStrategy(rec.strategy());
        if (found.isEmpty()) {
            return deny(rec, now, new Denial(DenialReason.UNKNOWN_STRATEGY, "strategy '" + rec.strategy()
                    + "' is not configured; known: " + limitsResolver.all().stream().map(Limits::strategy).toList()));
        }
        Limits limits = found.get();
        if (!limits.accountId().equals(rec.accountId())) {
            return deny(rec, now, new Denial(DenialReason.STRATEGY_ACCOUNT_MISMATCH, rec.strategy() + " trades account "
                    + limits.accountId() + ", got " + rec.accountId()));
        }
        Evaluation evaluation = RiskChecks.evaluate(rec, context(rec, limits, now));
        if (!evaluation.passed()) {
            return deny(rec, now, evaluation.denial());
        }
        ProposedOrder order = evaluation.order();
        if (limits.automationLevel() == AutomationLevel.MANUAL) {
            return deny(rec, now, new Denial(DenialReason.MANUAL_MODE, "automation level MANUAL: recommend only, "
                    + "nothing is sent; proposed " + order.quantity().toPlainString() + " " + rec.symbol()));
        }
        if (needsApproval(limits, order)) {
            return requestApproval(rec, limits, order, now);
        }
        Decision decision = decided(rec, DecisionOutcome.APPROVED, null, order, now);
        decisions.insert(decision, EventJson.toJson(rec));
        send(rec, limits, order, "auto:" + limits.automationLevel(), now);
        metrics.decision(DecisionOutcome.APPROVED, null);
        return decision;
    }

    /** The same checks, against the state now, for a person's approval of a pending order. */
    Evaluation recheck(Recommendation rec, Limits limits) {
        return RiskChecks.evaluate(rec, context(rec, limits, clock.instant()));
    }

    /** Sends an order that passed the checks: ApprovedOrder on the outbox, remembered as working. */
    ApprovedOrder send(Recommendation rec, Limits limits, ProposedOrder order, String approvedBy, Instant now) {
        Instant expires = now.plus(Duration.ofMinutes(limits.approvalTimeoutMinutes()));
        if (rec.validUntil() != null && rec.validUntil().isBefore(expires)) {
            expires = rec.validUntil();
        }
        Envelope envelope = Envelope.create(rec.accountId(), rec.strategy(), rec.recommendationId(), clock);
        ApprovedOrder approved = new ApprovedOrder(envelope.eventId(), envelope.schemaVersion(), rec.accountId(),
                rec.strategy(), now, rec.recommendationId(), UUID.randomUUID(), rec.symbol(), rec.side(),
                order.quantity(), order.orderType(), order.orderClass(), order.timeInForce(), order.limitPrice(),
                order.stopLoss(), order.takeProfit(), false, expires, approvedBy);
        outbox.enqueue(Topics.APPROVED_ORDERS, approved);
        approvedOrders.insert(approved);
        LOG.infof("APPROVED %s %s %s x%s (%s) by %s", rec.accountId(), rec.side(), rec.symbol(),
                order.quantity().toPlainString(), rec.recommendationId(), approvedBy);
        return approved;
    }

    private static boolean needsApproval(Limits limits, ProposedOrder order) {
        return limits.requireManualApproval()
                || limits.automationLevel() == AutomationLevel.APPROVE_ALL
                || (limits.automationLevel() == AutomationLevel.APPROVE_HIGH_RISK && !order.highRiskReasons().isEmpty());
    }

    private Decision requestApproval(Recommendation rec, Limits limits, ProposedOrder order, Instant now) {
        Decision decision = decided(rec, DecisionOutcome.PENDING_APPROVAL, null, order, now);
        decisions.insert(decision, EventJson.toJson(rec));
        Instant expires = now.plus(Duration.ofMinutes(limits.approvalTimeoutMinutes()));
        Approval approval = new Approval(UUID.randomUUID(), rec.recommendationId(), rec.accountId(), rec.strategy(),
                rec.symbol(), rec.side(), order.quantity(), order.limitPrice(), order.stopLoss(), order.takeProfit(),
                order.highRiskReasons().isEmpty() ? null : String.join("; ", order.highRiskReasons()),
                ApprovalStatus.PENDING, now, expires, null, null, null);
        approvals.insert(approval);
        String base = config.publicUrl().replaceAll("/+$", "") + "/approvals/" + approval.id();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("approvalId", approval.id().toString());
        details.put("symbol", rec.symbol());
        details.put("side", rec.side().name());
        details.put("quantity", order.quantity().toPlainString());
        details.put("limitPrice", order.limitPrice() == null ? "market" : order.limitPrice().toPlainString());
        details.put("stopLoss", order.stopLoss() == null ? "-" : order.stopLoss().toPlainString());
        details.put("takeProfit", order.takeProfit() == null ? "-" : order.takeProfit().toPlainString());
        details.put("expiresAt", expires.toString());
        details.put("approveUrl", base + "/approve");
        details.put("rejectUrl", base + "/reject");
        details.put("approveCommand", "curl -X POST -H 'Authorization: Bearer <approver token>' " + base + "/approve");
        if (approval.highRiskReasons() != null) {
            details.put("highRisk", approval.highRiskReasons());
        }
        alerts.raise(rec.accountId(), rec.strategy(), rec.recommendationId(), AlertType.APPROVAL_REQUESTED,
                "Approve " + rec.side() + " " + order.quantity().toPlainString() + " " + rec.symbol() + "?",
                rec.strategy() + " wants to " + rec.side() + " " + order.quantity().toPlainString() + " " + rec.symbol()
                        + " at " + details.get("limitPrice") + " (stop " + details.get("stopLoss") + ", target "
                        + details.get("takeProfit") + "). Approve: POST " + details.get("approveUrl") + " — reject: POST "
                        + details.get("rejectUrl") + ". Expires " + expires + ".",
                details);
        metrics.decision(DecisionOutcome.PENDING_APPROVAL, null);
        return decision;
    }

    private Decision deny(Recommendation rec, Instant now, Denial denial) {
        Decision decision = decided(rec, DecisionOutcome.DENIED, denial, null, now);
        decisions.insert(decision, EventJson.toJson(rec));
        alerts.raise(rec.accountId(), rec.strategy(), rec.recommendationId(), AlertType.ORDER_DENIED,
                "Denied " + rec.side() + " " + rec.symbol() + ": " + denial.reason(), denial.toString(),
                Map.of("reason", denial.reason().name(), "symbol", rec.symbol()));
        metrics.decision(DecisionOutcome.DENIED, denial.reason());
        LOG.infof("DENIED %s %s %s (%s): %s", rec.accountId(), rec.side(), rec.symbol(), rec.recommendationId(), denial);
        return decision;
    }

    private static Decision decided(Recommendation rec, DecisionOutcome outcome, Denial denial, ProposedOrder order,
            Instant now) {
        return new Decision(rec.recommendationId(), rec.accountId(), rec.strategy(), rec.symbol(), rec.side(), outcome,
                denial == null ? null : denial.reason(), denial == null ? null : denial.message(),
                order == null ? rec.quantity() : order.quantity(),
                order == null ? rec.limitPrice() : order.limitPrice(),
                order == null ? rec.stopLoss() : order.stopLoss(),
                order == null ? rec.takeProfit() : order.takeProfit(), now);
    }

    private RiskContext context(Recommendation rec, Limits limits, Instant now) {
        String account = rec.accountId();
        Instant workingSince = now.minus(Duration.ofMinutes(limits.orderTimeoutMinutes()));
        Instant today = NyseCalendar.startOfDay(NyseCalendar.marketDate(now));
        OrderPace pace = approvedOrders.pace(account, rec.strategy(), rec.symbol(), workingSince, today,
                now.minusSeconds(60), CALENDAR.startOfTradingDaysBack(now, 5));
        return new RiskContext(limits, accounts.find(account).orElse(null), accounts.positions(account),
                accounts.priceFreshness(account).orElse(null), tradingStates.current(account).map(TradingStateRecord::state).orElse(null), now,
                pace.entriesToday(), pace.openEntries(), pace.openOnSymbol(), pace.lastMinute(),
                pace.entryOnSymbolToday(), pace.dayTrades(),
                capitals.current(account).orElse(null));
    }

    static BigDecimal capped(BigDecimal requested, BigDecimal allowed) {
        return requested == null ? allowed : requested.min(allowed);
    }
}
