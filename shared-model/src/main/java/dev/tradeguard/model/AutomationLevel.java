package dev.tradeguard.model;

/** The guide's four weeks of gradual automation. */
public enum AutomationLevel {
    MANUAL, APPROVE_ALL, APPROVE_HIGH_RISK, FULL_AUTO
}
