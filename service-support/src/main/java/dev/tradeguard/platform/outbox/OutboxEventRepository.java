package dev.tradeguard.platform.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The outbox table: {@link Outbox} writes rows in the caller's transaction, {@link OutboxRelay} claims and marks them. */
@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEventEntity, Long> {

    /**
     * Locks the oldest {@code limit} unpublished rows for the calling transaction, skipping rows another relay
     * (another instance of the service) holds. Native: {@code SKIP LOCKED} is not HQL, and this exact lock is what
     * lets two relays drain one table without publishing a row twice or waiting on each other.
     */
    @SuppressWarnings("unchecked")
    List<OutboxEventEntity> claimUnpublished(int limit) {
        return getEntityManager().createNativeQuery(
                "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED",
                OutboxEventEntity.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * One statement for the whole batch, not one update per row. Native: after every commit that wrote an event, and
     * Hibernate translates an HQL update to SQL afresh on every execution (it caches plans of selects only).
     */
    int markPublished(List<Long> ids, Instant at) {
        return getEntityManager().createNativeQuery("UPDATE outbox_event SET published_at = :at WHERE id IN (:ids)")
                .setParameter("at", at).setParameter("ids", ids).executeUpdate();
    }
}
