package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApprovalRepository implements PanacheRepositoryBase<ApprovalEntity, UUID> {

    public void insert(Approval approval) {
        persist(ApprovalEntity.from(approval));
    }

    /** The approval, locked for the rest of the transaction: two approvers cannot both act on it. */
    public Optional<Approval> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ApprovalEntity::toDomain);
    }

    public Optional<Approval> find(UUID id) {
        return findByIdOptional(id).map(ApprovalEntity::toDomain);
    }

    public Optional<Approval> findByRecommendation(String recommendationId) {
        return find("recommendationId", recommendationId).firstResultOptional().map(ApprovalEntity::toDomain);
    }

    /** Newest first; {@code status} may be null for all. */
    public List<Approval> list(ApprovalStatus status, int limit) {
        Sort newestFirst = Sort.descending("requestedAt");
        return (status == null ? findAll(newestFirst) : find("status", newestFirst, status))
                .range(0, limit - 1).stream().map(ApprovalEntity::toDomain).toList();
    }

    /** Pending approvals past their expiry, locked and skipping any another transaction holds. */
    @SuppressWarnings("unchecked")
    public List<Approval> expiredPending(Instant now) {
        // native: SKIP LOCKED (each sweep takes only rows no approver holds) has no HQL form
        return ((List<ApprovalEntity>) getEntityManager().createNativeQuery("""
                SELECT * FROM approval WHERE status = 'PENDING' AND expires_at <= :now ORDER BY expires_at
                FOR UPDATE SKIP LOCKED
                """, ApprovalEntity.class).setParameter("now", now).getResultList())
                .stream().map(ApprovalEntity::toDomain).toList();
    }

    public int countPending() {
        return (int) count("status", ApprovalStatus.PENDING);
    }

    /**
     * Records what became of the approval (a null {@code quantity} keeps the requested one). On the entity the
     * transaction holds (locked by {@link #findForUpdate} or the expiry sweep), so a later {@link #find} sees it.
     */
    public void close(UUID id, ApprovalStatus status, String by, Instant at, String reason, BigDecimal quantity) {
        ApprovalEntity approval = findById(id);
        approval.status = status;
        approval.decidedBy = by;
        approval.decidedAt = at;
        approval.decisionReason = reason;
        if (quantity != null) {
            approval.quantity = quantity;
        }
    }
}
