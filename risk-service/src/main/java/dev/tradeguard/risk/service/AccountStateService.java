package dev.tradeguard.risk.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.platform.messaging.ProcessedEvents;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.repository.AccountStateRepository;

@ApplicationScoped
public class AccountStateService {
    static final String CONSUMER = "risk.account-state";

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    AccountStateRepository repository;

    @Transactional
    public void record(AccountSnapshot snapshot) {
        if (!processedEvents.claim(CONSUMER, snapshot.eventId())) {
            return;
        }
        repository.upsertIfNewer(new AccountState(snapshot.accountId(), snapshot.equity(), snapshot.lastEquity(),
                snapshot.cash(), snapshot.buyingPower(), snapshot.positions().size(), snapshot.clock().open(),
                snapshot.occurredAt()), snapshot.eventId());
    }

    public Optional<AccountState> find(String accountId) {
        return repository.find(accountId);
    }
}
