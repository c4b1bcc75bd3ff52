package dev.tradeguard.execution.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.execution.domain.KnownTradingState;
import dev.tradeguard.execution.repository.KnownTradingStateRepository;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.platform.messaging.ProcessedEvents;

@ApplicationScoped
public class TradingStateService {
    static final String CONSUMER = "execution.trading-state";

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    KnownTradingStateRepository repository;

    /** True when this change is new and now the state in force (so the kill switch may have to act on it). */
    @Transactional
    public boolean apply(TradingStateChanged change) {
        if (processedEvents.claim(CONSUMER, change.eventId())) {
            return repository.saveIfNewer(new KnownTradingState(change.accountId(), change.state(), change.reason(),
                    change.changedBy(), change.occurredAt()), change.eventId());
        }
        return false;
    }

    /** Empty when no state was ever heard for the account: callers must treat that as "not ACTIVE". */
    public Optional<KnownTradingState> find(String accountId) {
        return repository.find(accountId);
    }
}
