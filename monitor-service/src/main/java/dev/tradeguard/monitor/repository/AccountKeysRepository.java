package dev.tradeguard.monitor.repository;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.event.AccountSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** When each account's broker keys were issued, as far as its snapshots tell. */
@ApplicationScoped
public class AccountKeysRepository implements PanacheRepositoryBase<AccountKeysEntity, String> {

    /** Keeps the snapshot's issue day (null included: the keys' age became unknown) unless a newer one was kept. */
    @Transactional
    public void record(AccountSnapshot snapshot) {
        AccountKeysEntity keys = findById(snapshot.accountId());
        if (keys == null) {
            keys = new AccountKeysEntity();
            keys.accountId = snapshot.accountId();
        } else if (keys.asOf.isAfter(snapshot.occurredAt())) {
            return;
        }
        keys.keysIssuedOn = snapshot.keysIssuedOn();
        keys.asOf = snapshot.occurredAt();
        persist(keys);
    }

    /** Empty when unknown: no snapshot yet, or the newest one says no issue day. */
    @Transactional
    public Optional<LocalDate> issuedOn(String accountId) {
        return findByIdOptional(accountId).map(keys -> keys.keysIssuedOn);
    }
}
