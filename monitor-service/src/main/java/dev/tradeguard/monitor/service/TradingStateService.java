package dev.tradeguard.monitor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.monitor.repository.TradingStateRepository;

/** Remembers kill-switch changes so the go-live gate can tell whether the kill switch was exercised. */
@ApplicationScoped
public class TradingStateService {
    @Inject
    TradingStateRepository states;

    @Transactional
    public void record(TradingStateChanged change) {
        states.insert(change);
    }
}
