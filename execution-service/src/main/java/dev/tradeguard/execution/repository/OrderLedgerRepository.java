package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerState;
import dev.tradeguard.execution.domain.LedgerStatusChange;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.serde.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * The order ledger, the broker orders seen and the stream cursor.
 * <p>
 * Hands out domain records only, and forgets each entity it read ({@link #detached}): every read is a fresh query, as
 * with plain SQL, so a locked read sees the row as committed rather than a copy an earlier read left in the session,
 * and a poll outside a transaction sees changes. Rows change through bulk updates (one statement each, as before),
 * never through managed instances. Reads run outside transactions (Kafka, stream and scheduler threads), hence the
 * request context.
 */
@ApplicationScoped
@ActivateRequestContext
public class OrderLedgerRepository implements PanacheRepositoryBase<OrderLedgerEntity, UUID> {
    /**
     * Broker statuses after which an order works no more (Alpaca's wire values), as an HQL list literal: a list
     * parameter would make Hibernate translate the query to SQL afresh on every execution, and these reads follow
     * every trade update.
     */
    private static final String TERMINAL = Stream.of("filled", "canceled", "expired", "rejected", "replaced",
            "done_for_day").map(status -> "'" + status + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final List<LedgerState> WORKING = List.of(LedgerState.SUBMITTED, LedgerState.PARTIALLY_FILLED);

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ ledger

    /** Claims the approved order: true only for the first delivery of its id. */
    public boolean claim(ApprovedOrder order, String clientOrderId) {
        // ON CONFLICT DO NOTHING: a redelivery is told "claimed already" in one statement, without failing the
        // transaction; the claim commits before the broker is called (invariant 1). Native: see statement(String).
        return statement("""
                INSERT INTO order_ledger (approved_order_id, client_order_id, account_id, strategy, correlation_id,
                    symbol, side, quantity, state, expires_at, approved_order, created_at, updated_at)
                VALUES (:approvedOrderId, :clientOrderId, :accountId, :strategy, :correlationId, :symbol, :side,
                    :quantity, :state, :expiresAt, :approvedOrder, :now, :now)
                ON CONFLICT DO NOTHING
                """)
                .setParameter("approvedOrderId", order.orderId(), UUID.class)
                .setParameter("clientOrderId", clientOrderId, String.class)
                .setParameter("accountId", order.accountId(), String.class)
                .setParameter("strategy", order.strategy(), String.class)
                .setParameter("correlationId", order.correlationId(), String.class)
                .setParameter("symbol", order.symbol(), String.class)
                .setParameter("side", order.side().name(), String.class)
                .setParameter("quantity", order.quantity(), BigDecimal.class)
                .setParameter("state", LedgerState.SUBMITTING.name(), String.class)
                .setParameter("expiresAt", order.expiresAt(), Instant.class)
                .setParameter("approvedOrder", EventJson.toJson(order), String.class)
                // the Clock's, not the database's now(): recovery compares updated_at with the Clock, which is the
                // simulated market's in a replay
                .setParameter("now", clock.instant(), Instant.class)
                .executeUpdate() == 1;
    }

    public Optional<LedgerEntry> find(UUID approvedOrderId) {
        return findByIdOptional(approvedOrderId).map(this::detached);
    }

    /** Locks the row for the rest of the transaction. */
    public Optional<LedgerEntry> findForUpdate(UUID approvedOrderId) {
        return findByIdOptional(approvedOrderId, LockModeType.PESSIMISTIC_WRITE).map(this::detached);
    }

    public Optional<LedgerEntry> findByClientOrderId(String clientOrderId) {
        return find("clientOrderId", clientOrderId).firstResultOptional().map(this::detached);
    }

    public Optional<LedgerEntry> findByBrokerOrderId(String brokerOrderId) {
        return find("brokerOrderId", brokerOrderId).firstResultOptional().map(this::detached);
    }

    public ApprovedOrder approvedOrder(UUID approvedOrderId) {
        String json = getEntityManager()
                .createQuery("select approvedOrder from OrderLedgerEntity where approvedOrderId = :id", String.class)
                .setParameter("id", approvedOrderId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no ledger entry " + approvedOrderId));
        return EventJson.decode(json.getBytes(StandardCharsets.UTF_8), ApprovedOrder.class).event();
    }

    /** The newest {@code limit} entries, in {@code state} when it is given. */
    public List<LedgerEntry> list(String state, int limit) {
        Sort newestFirst = Sort.descending("createdAt");
        return detached((state == null ? findAll(newestFirst)
                : find("state", newestFirst, LedgerState.valueOf(state))).range(0, limit - 1).list());
    }

    /** Rows claimed before {@code before} and still without an answer from the broker: the crash window. */
    public List<UUID> submittingSince(Instant before) {
        return getEntityManager().createQuery("""
                select approvedOrderId from OrderLedgerEntity where state = :state and updatedAt < :before
                order by createdAt
                """, UUID.class)
                .setParameter("state", LedgerState.SUBMITTING)
                .setParameter("before", before)
                .getResultList();
    }

    /** Entry orders working at the broker, submitted before {@code before}: the order timeout's candidates. */
    public List<LedgerEntry> workingSubmittedBefore(Instant before) {
        return detached(find("state in :working and brokerOrderId is not null and submittedAt < :before",
                Sort.by("submittedAt"), Parameters.with("working", WORKING).and("before", before)).list());
    }

    /** Every approved order working at the broker (entries and approved exits alike; legs are not in the ledger). */
    public List<LedgerEntry> workingEntries() {
        return detached(find("state in :working and brokerOrderId is not null", Sort.by("submittedAt"),
                Parameters.with("working", WORKING)).list());
    }

    /** Symbols with an order we last saw working (legs included) or being submitted now. */
    public List<String> workingSymbols() {
        return getEntityManager().createQuery("""
                select symbol from BrokerOrderEntity where status not in %s
                union select symbol from OrderLedgerEntity where state = :submitting
                """.formatted(TERMINAL), String.class)
                .setParameter("submitting", LedgerState.SUBMITTING)
                .getResultList();
    }

    /** Sets the state; each other non-null value replaces the stored one; the first broker id stamps submittedAt. */
    public void updateState(UUID approvedOrderId, LedgerState state, String brokerOrderId, String brokerStatus,
            BigDecimal filledQuantity, BigDecimal filledAvgPrice, String reason, Instant now) {
        statement("""
                UPDATE order_ledger SET state = :state, broker_order_id = coalesce(:brokerOrderId, broker_order_id),
                    broker_status = coalesce(:brokerStatus, broker_status),
                    filled_quantity = coalesce(:filledQuantity, filled_quantity),
                    filled_avg_price = coalesce(:filledAvgPrice, filled_avg_price), reason = coalesce(:reason, reason),
                    submitted_at = coalesce(submitted_at, :submittedAt), updated_at = :now
                WHERE approved_order_id = :id
                """)
                .setParameter("state", state.name(), String.class)
                .setParameter("brokerOrderId", brokerOrderId, String.class)
                .setParameter("brokerStatus", brokerStatus, String.class)
                .setParameter("filledQuantity", filledQuantity, BigDecimal.class)
                .setParameter("filledAvgPrice", filledAvgPrice, BigDecimal.class)
                .setParameter("reason", reason == null ? null : truncate(reason, 2000), String.class)
                .setParameter("submittedAt", brokerOrderId == null ? null : now, Instant.class)
                .setParameter("now", now, Instant.class)
                .setParameter("id", approvedOrderId, UUID.class)
                .executeUpdate();
    }

    /** Touches a SUBMITTING row (a recovery attempt that could not decide), so it is retried after the grace. */
    public void noteUnresolved(UUID approvedOrderId, String reason, Instant now) {
        update("reason = :reason, updatedAt = :now where approvedOrderId = :id", Parameters
                .with("reason", truncate(reason, 2000)).and("now", now).and("id", approvedOrderId));
    }

    public void addStatusChange(UUID approvedOrderId, String brokerOrderId, String state, String event,
            String brokerStatus, BigDecimal filledQuantity, BigDecimal fillQuantity, BigDecimal fillPrice,
            String source, String detail) {
        OrderStatusChangeEntity change = new OrderStatusChangeEntity();
        change.approvedOrderId = approvedOrderId;
        change.brokerOrderId = brokerOrderId;
        change.state = state;
        change.event = event;
        change.brokerStatus = brokerStatus;
        change.filledQuantity = filledQuantity;
        change.fillQuantity = fillQuantity;
        change.fillPrice = fillPrice;
        change.source = source;
        change.detail = detail == null ? null : truncate(detail, 2000);
        change.recordedAt = clock.instant();
        getEntityManager().persist(change);
    }

    public List<LedgerStatusChange> history(UUID approvedOrderId) {
        return getEntityManager().createQuery(
                "from OrderStatusChangeEntity where approvedOrderId = :id order by id", OrderStatusChangeEntity.class)
                .setParameter("id", approvedOrderId)
                .getResultStream().map(change -> {
                    getEntityManager().detach(change);
                    return change.toDomain();
                }).toList();
    }

    // ------------------------------------------------------------------ broker orders

    public Optional<BrokerOrderRecord> findBrokerOrder(String brokerOrderId) {
        return Optional.ofNullable(getEntityManager().find(BrokerOrderEntity.class, brokerOrderId))
                .map(this::detached);
    }

    public Optional<BrokerOrderRecord> findBrokerOrderForUpdate(String brokerOrderId) {
        return Optional.ofNullable(getEntityManager().find(BrokerOrderEntity.class, brokerOrderId,
                LockModeType.PESSIMISTIC_WRITE)).map(this::detached);
    }

    /** Registers a broker order the first time it is seen; does nothing when it is known already. */
    public void registerBrokerOrder(String brokerOrderId, UUID approvedOrderId, String clientOrderId, String role,
            String symbol, String side) {
        // ON CONFLICT DO NOTHING: the stream and the submit's answer both register the order; the first one wins,
        // in one statement and without failing the other's transaction. Native: see statement(String).
        statement("""
                INSERT INTO broker_order (broker_order_id, approved_order_id, client_order_id, role, symbol, side,
                    status)
                VALUES (:brokerOrderId, :approvedOrderId, :clientOrderId, :role, :symbol, :side, 'unknown')
                ON CONFLICT (broker_order_id) DO NOTHING
                """)
                .setParameter("brokerOrderId", brokerOrderId, String.class)
                .setParameter("approvedOrderId", approvedOrderId, UUID.class)
                .setParameter("clientOrderId", clientOrderId, String.class)
                .setParameter("role", role, String.class)
                .setParameter("symbol", symbol, String.class)
                .setParameter("side", side, String.class)
                .executeUpdate();
    }

    public void updateBrokerOrder(String brokerOrderId, String status, BigDecimal filledQuantity,
            BigDecimal filledAvgPrice) {
        statement("""
                UPDATE broker_order SET status = :status, filled_quantity = :filledQuantity,
                    filled_avg_price = :filledAvgPrice, updated_at = :now
                WHERE broker_order_id = :id
                """)
                .setParameter("status", status, String.class)
                .setParameter("filledQuantity", filledQuantity, BigDecimal.class)
                .setParameter("filledAvgPrice", filledAvgPrice, BigDecimal.class)
                .setParameter("now", clock.instant(), Instant.class)
                .setParameter("id", brokerOrderId, String.class)
                .executeUpdate();
    }

    /** Broker orders we last saw open (including ones never updated since registration). */
    public List<String> openBrokerOrderIds() {
        return getEntityManager().createQuery(
                "select brokerOrderId from BrokerOrderEntity where status not in " + TERMINAL + " order by updatedAt",
                String.class)
                .getResultList();
    }

    // ------------------------------------------------------------------ stream cursor

    public void advanceCursor(String accountId, Instant at) {
        // An upsert that only moves forward, in one statement: the stream's updates may commit out of order.
        // Native: see statement(String).
        statement("""
                INSERT INTO stream_cursor (account_id, last_event_at) VALUES (:accountId, :at)
                ON CONFLICT (account_id) DO UPDATE SET last_event_at = EXCLUDED.last_event_at
                WHERE stream_cursor.last_event_at < EXCLUDED.last_event_at
                """)
                .setParameter("accountId", accountId, String.class)
                .setParameter("at", at, Instant.class)
                .executeUpdate();
    }

    public Optional<Instant> cursor(String accountId) {
        return getEntityManager().createQuery(
                "select lastEventAt from StreamCursorEntity where accountId = :accountId", Instant.class)
                .setParameter("accountId", accountId)
                .getResultStream().findFirst();
    }

    /**
     * A native statement in the caller's session, for the writes of every order and every trade update: Hibernate
     * translates an HQL insert, update or delete to SQL afresh on each execution (it caches plans of selects only),
     * which cost more CPU than the statement itself on the placement and fill paths.
     */
    private NativeQuery<?> statement(String sql) {
        return getEntityManager().unwrap(Session.class).createNativeQuery(sql);
    }

    // ------------------------------------------------------------------ reads hand out records, never entities

    private LedgerEntry detached(OrderLedgerEntity entity) {
        getEntityManager().detach(entity);
        return entity.toDomain();
    }

    private List<LedgerEntry> detached(List<OrderLedgerEntity> entities) {
        return entities.stream().map(this::detached).toList();
    }

    private BrokerOrderRecord detached(BrokerOrderEntity entity) {
        getEntityManager().detach(entity);
        return entity.toDomain();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
