package dev.tradeguard.risk.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.risk.domain.CapitalChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CapitalChangeRepository implements PanacheRepositoryBase<CapitalChangeEntity, Long> {

    /** Serializes capital changes of one account until the transaction ends (there may be no row to lock yet). */
    public void lock(String accountId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('capital:' || :account))")
                .setParameter("account", accountId).getSingleResult();
    }

    public void insert(CapitalChange change) {
        persist(CapitalChangeEntity.from(change));
    }

    /** The change in force: the account's latest. */
    public Optional<CapitalChange> current(String accountId) {
        return find("accountId", Sort.descending("id"), accountId).firstResultOptional()
                .map(CapitalChangeEntity::toDomain);
    }

    /** The latest change that raised the capital or lowered the reserve: profitable days are counted after it. */
    public Optional<CapitalChange> lastIncrease(String accountId) {
        return find("accountId = ?1 and increase = true", Sort.descending("id"), accountId).firstResultOptional()
                .map(CapitalChangeEntity::toDomain);
    }

    /** Every change of the account, oldest first. */
    public List<CapitalChange> history(String accountId) {
        return find("accountId", Sort.by("id"), accountId).stream().map(CapitalChangeEntity::toDomain).toList();
    }
}
