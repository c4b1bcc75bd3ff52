package dev.tradeguard.recommendation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The explicit (bot, mode) → account mapping: {@code tradeguard.recommendation.accounts."<bot>".paper} and
 * {@code ."<bot>".live}. A mode without an account is refused, never sent to the other mode's account, and no account
 * may be both a paper and a live account, so a paper section can never reach real money.
 */
public final class AccountRoutes {
    public static final String PREFIX = "tradeguard.recommendation.accounts.";

    /** The accounts of one bot; either may be absent. */
    public record Accounts(Optional<String> paper, Optional<String> live) {
        public Optional<String> of(TradingMode mode) {
            return (mode == TradingMode.LIVE ? live : paper).filter(account -> !account.isBlank());
        }
    }

    /** Where a section's rows go: an account, or why they go nowhere. */
    public record Route(String accountId, String refusal) {
        public static Route refused(String refusal) {
            return new Route(null, refusal);
        }

        public boolean routed() {
            return accountId != null;
        }
    }

    private final Map<String, Accounts> byBot;

    public AccountRoutes(Map<String, Accounts> byBot) {
        this.byBot = new TreeMap<>(byBot);
    }

    public Route route(String bot, TradingMode mode) {
        Optional<String> account = Optional.ofNullable(byBot.get(bot)).flatMap(accounts -> accounts.of(mode));
        if (account.isPresent()) {
            return new Route(account.get(), null);
        }
        String other = mode == TradingMode.LIVE ? "paper" : "live";
        return Route.refused("no " + mode.key() + " account is configured for " + bot + ": set " + key(bot, mode)
                + " (a " + mode.key() + " section is never sent to the " + other + " account)");
    }

    /** The account a REST submission or a research run of the strategy takes when it names none: its paper one. */
    public Optional<String> paperAccount(String strategy) {
        return Optional.ofNullable(byBot.get(strategy)).flatMap(accounts -> accounts.of(TradingMode.PAPER));
    }

    public static String key(String bot, TradingMode mode) {
        return PREFIX + "\"" + bot + "\"." + mode.key();
    }

    /**
     * What makes the mapping unsafe to start with: an account that is both a paper and a live account, or a blank
     * id. (A key of another shape, such as the former {@code accounts."DEE-BOT_LIVE"}, is refused by the config
     * mapping itself: SRCFG00050 names it.)
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> paperOwners = new TreeMap<>();
        byBot.forEach((bot, accounts) -> {
            for (TradingMode mode : TradingMode.values()) {
                Optional<String> account = mode == TradingMode.LIVE ? accounts.live() : accounts.paper();
                if (account.isPresent() && account.get().isBlank()) {
                    problems.add(key(bot, mode) + " is blank");
                }
            }
            accounts.of(TradingMode.PAPER).ifPresent(account -> paperOwners.merge(account, bot, (a, b) -> a + ", " + b));
        });
        byBot.forEach((bot, accounts) -> accounts.of(TradingMode.LIVE).ifPresent(live -> {
            if (paperOwners.containsKey(live)) {
                problems.add("account " + live + " is " + bot + "'s live account and the paper account of "
                        + paperOwners.get(live) + ": a paper section must never reach a live account");
            }
        }));
        return problems;
    }
}
