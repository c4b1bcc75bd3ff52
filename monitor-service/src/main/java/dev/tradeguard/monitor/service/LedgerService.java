package dev.tradeguard.monitor.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.monitor.domain.RecordedFill;
import dev.tradeguard.monitor.repository.OrderEventRepository;

@ApplicationScoped
public class LedgerService {
    @Inject
    OrderEventRepository orderEvents;

    @Transactional
    public void record(OrderUpdate update) {
        orderEvents.insert(update);
    }

    public List<RecordedFill> events(String accountId) {
        return orderEvents.findByAccount(accountId);
    }
}
