package dev.tradeguard.monitor.domain;

import dev.tradeguard.model.AlertType;

/** The guide's three position rules, each raising its own alert type. */
public enum PositionRule {
    STOP_LOSS_HIT(AlertType.STOP_LOSS_HIT),
    PROFIT_TARGET(AlertType.PROFIT_TARGET),
    TIME_EXIT(AlertType.TIME_EXIT);

    private final AlertType alertType;

    PositionRule(AlertType alertType) {
        this.alertType = alertType;
    }

    public AlertType alertType() {
        return alertType;
    }
}
