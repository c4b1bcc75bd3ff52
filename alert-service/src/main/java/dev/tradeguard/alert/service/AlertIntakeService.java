package dev.tradeguard.alert.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.repository.ReceivedAlertRepository;
import dev.tradeguard.model.event.Alert;

@ApplicationScoped
public class AlertIntakeService {
    @Inject
    ReceivedAlertRepository alerts;

    @Transactional
    public void receive(Alert alert) {
        alerts.insert(alert);
    }

    public List<ReceivedAlert> received(String accountId) {
        return alerts.findByAccount(accountId);
    }
}
