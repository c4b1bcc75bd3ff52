package dev.tradeguard.risk.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.domain.Evaluation;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.ProposedOrder;
import dev.tradeguard.risk.repository.ApprovalRepository;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.risk.service.AuditService.Actor;
import io.quarkus.scheduler.Scheduled;

/**
 * Pending approvals: a person approves (optionally fewer shares, never more) or rejects; unanswered ones expire.
 * Approving re-runs every check against the state at that moment, so a halt since the request means denial.
 */
@ApplicationScoped
public class ApprovalService {
    private static final Logger LOG = Logger.getLogger(ApprovalService.class);

    @Inject
    ApprovalRepository approvals;

    @Inject
    DecisionRepository decisions;

    @Inject
    RiskEngine engine;

    @Inject
    LimitsResolver limitsResolver;

    @Inject
    RiskAlerts alerts;

    @Inject
    AuditService audit;

    @Inject
    RiskMetrics metrics;

    @Inject
    Clock clock;

    // a read in a transaction of its own (or the caller's): what is committed, from any thread
    @Transactional
    public List<Approval> list(ApprovalStatus status, int limit) {
        return approvals.list(status, limit);
    }

    @Transactional
    public Optional<Approval> find(UUID id) {
        return approvals.find(id);
    }

    @Transactional(dontRollbackOn = ApprovalException.class)
    public Approval approve(UUID id, BigDecimal quantity, Actor actor) {
        Approval pending = pending(id);
        if (quantity != null && (quantity.signum() <= 0 || quantity.compareTo(pending.quantity()) > 0)) {
            throw new ApprovalException(400, "quantity: must be between 1 and the pending " + pending.quantity()
                    .toPlainString() + ", got " + quantity.toPlainString());
        }
        BigDecimal approvedQuantity = RiskEngine.capped(quantity, pending.quantity());
        String stored = decisions.recommendationJson(pending.recommendationId()).orElseThrow();
        Decoded<Recommendation> decoded = EventJson.decode(stored.getBytes(StandardCharsets.UTF_8), Recommendation.class);
        if (!decoded.isOk()) {
            throw new IllegalStateException("stored recommendation " + pending.recommendationId() + " is unreadable: "
                    + decoded.failure());
        }
        Recommendation original = decoded.event();
        Recommendation asApproved = withQuantity(original, approvedQuantity);
        Limits limits = limitsResolver.forStrategy(pending.strategy()).orElseThrow(() -> new ApprovalException(409,
                "strategy " + pending.strategy() + " is no longer configured"));
        Evaluation now = engine.recheck(asApproved, limits);
        Instant at = clock.instant();
        if (!now.passed()) {
            approvals.close(id, ApprovalStatus.DENIED, actor.name(), at, now.denial().toString(), null);
            decisions.updateOutcome(pending.recommendationId(), DecisionOutcome.DENIED, now.denial().reason(),
                    now.denial().message());
            audit.record(actor, "APPROVAL_DENIED_ON_RECHECK", id.toString(), now.denial().toString());
            alerts.raise(pending.accountId(), pending.strategy(), pending.recommendationId(), AlertType.ORDER_DENIED,
                    "Approved but denied on re-check: " + pending.side() + " " + pending.symbol(),
                    actor.name() + " approved, but the checks now say " + now.denial(),
                    Map.of("approvalId", id.toString(), "reason", now.denial().reason().name()));
            metrics.decision(DecisionOutcome.DENIED, now.denial().reason());
            return approvals.find(id).orElseThrow();
        }
        ProposedOrder order = now.order();
        if (order.quantity().compareTo(approvedQuantity) > 0) {
            order = new ProposedOrder(approvedQuantity, order.orderType(), order.orderClass(), order.limitPrice(),
                    order.stopLoss(), order.takeProfit(), approvedQuantity.multiply(order.limitPrice() == null
                            ? BigDecimal.ZERO : order.limitPrice()), order.highRiskReasons());
        }
        engine.send(asApproved, limits, order, actor.name(), at);
        approvals.close(id, ApprovalStatus.APPROVED, actor.name(), at, null, order.quantity());
        decisions.updateOutcome(pending.recommendationId(), DecisionOutcome.APPROVED, null, null);
        audit.record(actor, "APPROVAL_APPROVED", id.toString(), pending.side() + " " + order.quantity().toPlainString()
                + " " + pending.symbol() + " for " + pending.accountId());
        metrics.decision(DecisionOutcome.APPROVED, null);
        return approvals.find(id).orElseThrow();
    }

    @Transactional(dontRollbackOn = ApprovalException.class)
    public Approval reject(UUID id, String reason, Actor actor) {
        Approval pending = pending(id);
        Instant at = clock.instant();
        approvals.close(id, ApprovalStatus.REJECTED, actor.name(), at, reason, null);
        decisions.updateOutcome(pending.recommendationId(), DecisionOutcome.DENIED, DenialReason.APPROVAL_REJECTED,
                "rejected by " + actor.name() + ": " + reason);
        audit.record(actor, "APPROVAL_REJECTED", id.toString(), pending.side() + " " + pending.symbol() + ": " + reason);
        metrics.decision(DecisionOutcome.DENIED, DenialReason.APPROVAL_REJECTED);
        return approvals.find(id).orElseThrow();
    }

    @Scheduled(every = "${tradeguard.risk.expiry-check-interval:15s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireOverdue() {
        expire(clock.instant());
    }

    /** Expires every pending approval whose time is up at {@code now}; says so with an alert each. */
    @Transactional
    public int expire(Instant now) {
        List<Approval> overdue = approvals.expiredPending(now);
        for (Approval approval : overdue) {
            String why = "not approved within its time: expired at " + approval.expiresAt();
            approvals.close(approval.id(), ApprovalStatus.EXPIRED, "risk-service", now, why, null);
            decisions.updateOutcome(approval.recommendationId(), DecisionOutcome.DENIED, DenialReason.APPROVAL_EXPIRED,
                    why);
            alerts.raise(approval.accountId(), approval.strategy(), approval.recommendationId(), AlertType.ORDER_DENIED,
                    "Approval expired: " + approval.side() + " " + approval.quantity().toPlainString() + " "
                            + approval.symbol(),
                    "Nobody approved " + approval.side() + " " + approval.symbol() + " in time; it was cancelled ("
                            + why + ").",
                    Map.of("approvalId", approval.id().toString(), "reason", DenialReason.APPROVAL_EXPIRED.name()));
            metrics.decision(DecisionOutcome.DENIED, DenialReason.APPROVAL_EXPIRED);
            LOG.infof("Approval %s expired", approval.id());
        }
        return overdue.size();
    }

    private Approval pending(UUID id) {
        Approval approval = approvals.findForUpdate(id)
                .orElseThrow(() -> new ApprovalException(404, "no approval " + id));
        if (approval.status() == ApprovalStatus.PENDING && !approval.expiresAt().isAfter(clock.instant())) {
            expire(clock.instant());
            throw new ApprovalException(409, "approval " + id + " expired at " + approval.expiresAt());
        }
        if (approval.status() != ApprovalStatus.PENDING) {
            throw new ApprovalException(409, "approval " + id + " is " + approval.status() + ", not PENDING");
        }
        return approval;
    }

    private static Recommendation withQuantity(Recommendation r, BigDecimal quantity) {
        return new Recommendation(r.eventId(), r.schemaVersion(), r.accountId(), r.strategy(), r.occurredAt(),
                r.correlationId(), r.symbol(), r.side(), quantity, r.limitPrice(), r.stopLoss(), r.takeProfit(),
                r.confidence(), r.source(), r.rationale(), r.catalyst(), r.catalystDate(), r.validUntil());
    }
}
