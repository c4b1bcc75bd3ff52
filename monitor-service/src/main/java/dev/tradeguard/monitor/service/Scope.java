package dev.tradeguard.monitor.service;

import java.util.List;

/**
 * Whose performance: one account (optionally one strategy of it), or one strategy across the accounts that carry it.
 *
 * @param strategy null for every strategy of the accounts
 */
public record Scope(String label, List<String> accountIds, String strategy) {
}
