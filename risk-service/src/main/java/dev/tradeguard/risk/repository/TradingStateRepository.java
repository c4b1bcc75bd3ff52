package dev.tradeguard.risk.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.tradeguard.risk.domain.TradingStateRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TradingStateRepository implements PanacheRepositoryBase<TradingStateEntity, String> {

    /**
     * The current state, locked for the rest of the transaction so two changes cannot interleave. Asking again in the
     * same transaction costs no statement: the row is held already.
     */
    public Optional<TradingStateRecord> findForUpdate(String accountId) {
        return findByIdOptional(accountId, LockModeType.PESSIMISTIC_WRITE).map(TradingStateEntity::toDomain);
    }

    public Optional<TradingStateRecord> find(String accountId) {
        return findByIdOptional(accountId).map(TradingStateEntity::toDomain);
    }

    public List<TradingStateRecord> all() {
        return listAll(Sort.by("accountId")).stream().map(TradingStateEntity::toDomain).toList();
    }

    /**
     * The new state of the account and its line in the history. The caller read the current state under
     * {@link #findForUpdate}: a change without a previous state is the account's first (a new row, no second read);
     * otherwise the row is the one the transaction holds.
     */
    public void save(TradingStateRecord change) {
        if (change.previousState() == null) {
            TradingStateEntity state = new TradingStateEntity();
            state.set(change);
            persist(state);
        } else {
            findById(change.accountId()).set(change);
        }
        getEntityManager().persist(TradingStateHistoryEntity.from(change));
    }

    public List<TradingStateRecord> history(String accountId) {
        return getEntityManager().createQuery(
                "from TradingStateHistoryEntity where accountId = :account order by id", TradingStateHistoryEntity.class)
                .setParameter("account", accountId).getResultStream().map(TradingStateHistoryEntity::toDomain).toList();
    }
}
