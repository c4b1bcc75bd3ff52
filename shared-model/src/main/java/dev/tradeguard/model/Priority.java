package dev.tradeguard.model;

/** How urgently people must hear about an alert, lowest first. */
public enum Priority {
    INFO, WARNING, HIGH, CRITICAL, EMERGENCY
}
