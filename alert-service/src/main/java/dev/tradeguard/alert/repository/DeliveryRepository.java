package dev.tradeguard.alert.repository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.hibernate.Session;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** The delivery log: one row per (alert, channel). */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<DeliveryEntity, Long> {
    /** What a result may be recorded on: the claimed delivery, or one a stale-claim sweep marked UNCONFIRMED. */
    private static final List<DeliveryStatus> IN_FLIGHT = List.of(DeliveryStatus.SENDING, DeliveryStatus.UNCONFIRMED);

    /** Every read of a delivery carries its alert's account, type, priority and subject. */
    private static final String WITH_ALERT = "select d from DeliveryEntity d join fetch d.alert a ";

    /** The claim order: the most urgent first, then the earlier due, then the older row. */
    private static final String CLAIM_ORDER = " order by d.priorityRank, d.nextAttemptAt, d.id";

    /**
     * The claim: parameters channel, now, limit. Served by the partial index alert_delivery_claim (channel,
     * priority_rank, next_attempt_at, id) WHERE status = 'PENDING', read in order.
     */
    static final String CLAIM_DUE = """
            WITH due AS (
                SELECT id FROM alert_delivery
                WHERE channel = :channel AND status = 'PENDING' AND next_attempt_at <= :now
                ORDER BY priority_rank, next_attempt_at, id LIMIT :limit
                FOR UPDATE SKIP LOCKED)
            UPDATE alert_delivery d SET status = 'SENDING', claimed_at = :now, updated_at = :now
            FROM due WHERE d.id = due.id
            RETURNING d.id
            """;

    /**
     * Adds the delivery unless the alert already has one on this channel; true if added. {@code priority} is the
     * priority the alert is delivered at (the higher of its own and its route's); the claim sends the most urgent
     * first.
     */
    public boolean insert(UUID eventId, ChannelName channel, DeliveryStatus status, Instant nextAttemptAt,
            ChannelName escalatedFrom, String lastError, Priority priority) {
        // ON CONFLICT DO NOTHING on (event_id, channel): a redelivered alert or a repeated escalation adds nothing, in
        // one statement, where persisting a duplicate would fail the caller's transaction. Native: Hibernate translates
        // an HQL insert to SQL afresh on every execution, and this runs once per channel of every alert.
        return getEntityManager().unwrap(Session.class).createNativeQuery("""
                INSERT INTO alert_delivery (event_id, channel, status, next_attempt_at, escalated_from, last_error,
                    priority_rank)
                VALUES (:eventId, :channel, :status, :nextAttemptAt, :escalatedFrom, :lastError, :priorityRank)
                ON CONFLICT DO NOTHING
                """)
                .setParameter("eventId", eventId, UUID.class)
                .setParameter("channel", channel.id(), String.class)
                .setParameter("status", status.name(), String.class)
                .setParameter("nextAttemptAt", nextAttemptAt, Instant.class)
                .setParameter("escalatedFrom", escalatedFrom == null ? null : escalatedFrom.id(), String.class)
                .setParameter("lastError", lastError, String.class)
                .setParameter("priorityRank", (short) rank(priority), Short.class)
                .executeUpdate() == 1;
    }

    /**
     * Claims up to {@code limit} due deliveries of the channel, most urgent first (priority, then due time, then id):
     * marks them SENDING with the claim time. Rows another dispatcher holds are skipped, so two replicas never claim
     * the same delivery. Returned in claim order. The claim is only safe once committed: the caller's transaction
     * must end before the deliveries are sent.
     */
    public List<Delivery> claimDue(ChannelName channel, int limit, Instant now) {
        // Native: HQL has no FOR UPDATE SKIP LOCKED inside an UPDATE … RETURNING, which makes the claim one statement.
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery(CLAIM_DUE)
                .setParameter("channel", channel.id())
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : inClaimOrder(ids.stream().map(Number::longValue).toList());
    }

    /** The sortable rank stored as {@code priority_rank}: the most urgent is the lowest, so it is claimed first. */
    public static int rank(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> 0;
            case CRITICAL -> 1;
            case HIGH -> 2;
            case WARNING -> 3;
            case INFO -> 4;
        };
    }

    public void markSent(long id, int attempts, Instant now) {
        record(id, IN_FLIGHT, "status = :status, attempts = :attempts, sent_at = :now",
                Parameters.with("status", DeliveryStatus.SENT.name()).and("attempts", attempts), now);
    }

    public void markRetry(long id, int attempts, String error, Instant nextAttemptAt, Instant now) {
        record(id, IN_FLIGHT,
                "status = :status, attempts = :attempts, last_error = :error, next_attempt_at = :nextAttemptAt",
                Parameters.with("status", DeliveryStatus.PENDING.name()).and("attempts", attempts).and("error", error)
                        .and("nextAttemptAt", nextAttemptAt), now);
    }

    public void markFailed(long id, int attempts, String error, Instant now) {
        record(id, IN_FLIGHT, "status = :status, attempts = :attempts, last_error = :error",
                Parameters.with("status", DeliveryStatus.FAILED.name()).and("attempts", attempts).and("error", error),
                now);
    }

    /** Closes a claimed delivery whose channel has no credentials. */
    public void markSkipped(long id, String reason, Instant now) {
        record(id, List.of(DeliveryStatus.SENDING), "status = :status, last_error = :error",
                Parameters.with("status", DeliveryStatus.SKIPPED.name()).and("error", reason), now);
    }

    /** Hands a claimed delivery back untouched (e.g. its channel has no token left). */
    public void release(long id, Instant now) {
        record(id, IN_FLIGHT, "status = :status", Parameters.with("status", DeliveryStatus.PENDING.name()), now);
    }

    /**
     * Marks UNCONFIRMED every delivery claimed before {@code claimedBefore} that never got a result: its dispatcher
     * died mid-send. Returns them.
     */
    public List<Delivery> abandonStaleClaims(Instant claimedBefore, Instant now) {
        // Locks the delivery rows only (no join fetch): a second sweep waits, then finds them UNCONFIRMED.
        List<DeliveryEntity> stale = find("from DeliveryEntity d where d.status = :sending"
                + " and d.claimedAt < :claimedBefore" + CLAIM_ORDER,
                Parameters.with("sending", DeliveryStatus.SENDING).and("claimedBefore", claimedBefore))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (DeliveryEntity delivery : stale) {
            delivery.status = DeliveryStatus.UNCONFIRMED;
            delivery.updatedAt = now;
            delivery.lastError = "claimed at " + delivery.claimedAt.truncatedTo(ChronoUnit.SECONDS)
                    + " by a dispatcher that stopped before recording the result; not re-sent to avoid a duplicate";
        }
        return stale.stream().map(DeliveryEntity::toDomain).toList();
    }

    public List<Delivery> findByEvent(UUID eventId) {
        return deliveries(find(WITH_ALERT + "where d.eventId = ?1 order by d.id", eventId).list());
    }

    /** The newest deliveries first, filtered by whichever of status, type and account is given. */
    public List<Delivery> search(DeliveryStatus status, AlertType type, String accountId, ChannelName channel,
            int limit) {
        StringBuilder where = new StringBuilder("where true");
        Parameters parameters = new Parameters();
        equalIfGiven(where, parameters, "d.status", "status", status);
        equalIfGiven(where, parameters, "a.alertType", "type", type);
        equalIfGiven(where, parameters, "a.accountId", "account", accountId);
        equalIfGiven(where, parameters, "d.channel", "channel", channel);
        return deliveries(find(WITH_ALERT + where + " order by d.createdAt desc, d.id desc", parameters)
                .range(0, limit - 1).list());
    }

    /** Narrows {@code where} to {@code attribute = value}, bound as {@code :name}; an absent filter (null) does not. */
    private static void equalIfGiven(StringBuilder where, Parameters parameters, String attribute, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(attribute).append(" = :").append(name);
            parameters.and(name, value);
        }
    }

    /** In claim order: UPDATE … RETURNING promises none. */
    private List<Delivery> inClaimOrder(List<Long> ids) {
        return deliveries(find(WITH_ALERT + "where d.id in ?1" + CLAIM_ORDER, ids).list());
    }

    /**
     * Records a result on a delivery that is still in one of {@code from}; a no-op on any other. {@code set} names
     * columns. Native: once or more per delivery sent, and Hibernate translates an HQL update afresh each time.
     */
    private void record(long id, List<DeliveryStatus> from, String set, Parameters parameters, Instant now) {
        Query update = getEntityManager().createNativeQuery("UPDATE alert_delivery SET " + set
                + ", updated_at = :now, claimed_at = NULL WHERE id = :id AND status IN (:from)");
        parameters.and("now", now).and("id", id).and("from", from.stream().map(DeliveryStatus::name).toList()).map()
                .forEach(update::setParameter);
        update.executeUpdate();
    }

    private static List<Delivery> deliveries(List<DeliveryEntity> entities) {
        return entities.stream().map(DeliveryEntity::toDomain).toList();
    }
}
