package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The start-up verification of the guide's {@code verify_api_environment} and {@code verify_live_config}: every check
 * with its outcome and a message that says exactly what is wrong. Served as JSON by GET /config/verify.
 */
@RegisterForReflection
public record ConfigVerification(boolean passed, String mode, String endpoint, String maskedAccountNumber,
        BigDecimal equity, BigDecimal buyingPower, List<Check> checks, Instant verifiedAt) {

    @RegisterForReflection
    public record Check(String name, boolean passed, String message) {
    }

    /** The messages of every failed check, joined: what readiness and refusals report. */
    public String failures() {
        return checks.stream().filter(check -> !check.passed()).map(Check::message)
                .collect(Collectors.joining("; "));
    }

    /**
     * Decides every check from the configuration and what the broker said. {@code account} is null when it could not be
     * read ({@code accountError} says why).
     */
    public static ConfigVerification evaluate(boolean liveTradingEnabled, String endpoint, boolean keysPresent,
            boolean baseUrlOverridden, BrokerAccount account, String accountError, Instant now) {
        List<Check> checks = new ArrayList<>();
        boolean liveEndpoint = "LIVE".equals(endpoint);
        checks.add(new Check("credentials", keysPresent, keysPresent ? "API key id and secret are set"
                : "ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY must both be set"));
        checks.add(new Check("endpoint-matches-live-flag", liveTradingEnabled == liveEndpoint,
                liveTradingEnabled == liveEndpoint
                        ? "LIVE_TRADING_ENABLED=" + liveTradingEnabled + " with the " + endpoint + " endpoint"
                        : liveTradingEnabled
                                ? "LIVE_TRADING_ENABLED=true but the Alpaca endpoint is PAPER: set"
                                        + " tradeguard.execution.alpaca.endpoint=LIVE or LIVE_TRADING_ENABLED=false"
                                : "the Alpaca endpoint is LIVE but LIVE_TRADING_ENABLED=false: real money needs"
                                        + " LIVE_TRADING_ENABLED=true, else use the PAPER endpoint"));
        boolean overrideOk = !(baseUrlOverridden && (liveEndpoint || liveTradingEnabled));
        checks.add(new Check("no-override-in-live", overrideOk, overrideOk
                ? (baseUrlOverridden ? "broker requests go to the configured paper simulator" : "no base URL override")
                : "tradeguard.execution.broker.base-url-override is set in live mode: live orders must go to Alpaca"));
        if (account == null) {
            checks.add(new Check("account-reachable", false, "the broker account could not be read: " + accountError));
        } else {
            checks.add(new Check("account-reachable", true, "account " + Masking.accountNumber(account.accountNumber())
                    + " is " + account.status()));
            boolean active = "ACTIVE".equals(account.status());
            checks.add(new Check("account-active", active, active ? "account status ACTIVE"
                    : "account status is " + account.status() + ", not ACTIVE"));
            boolean tradable = !account.tradingBlocked() && !account.accountBlocked() && !account.tradeSuspendedByUser();
            checks.add(new Check("account-not-blocked", tradable, tradable ? "trading is not blocked"
                    : "the broker blocks trading: trading_blocked=" + account.tradingBlocked() + ", account_blocked="
                            + account.accountBlocked() + ", trade_suspended_by_user=" + account.tradeSuspendedByUser()));
            boolean accountMatches = account.isPaperAccount() != liveTradingEnabled;
            checks.add(new Check("account-matches-live-flag", accountMatches, accountMatches
                    ? (account.isPaperAccount() ? "paper account with LIVE_TRADING_ENABLED=false"
                            : "live account with LIVE_TRADING_ENABLED=true")
                    : liveTradingEnabled
                            ? "LIVE_TRADING_ENABLED=true but account " + Masking.accountNumber(account.accountNumber())
                                    + " is a paper account (PA…): use the live account's keys"
                            : "account " + Masking.accountNumber(account.accountNumber())
                                    + " is a live account but LIVE_TRADING_ENABLED=false: use paper keys"));
        }
        boolean passed = checks.stream().allMatch(Check::passed);
        return new ConfigVerification(passed, liveTradingEnabled ? "LIVE" : "PAPER", endpoint,
                account == null ? null : Masking.accountNumber(account.accountNumber()),
                account == null ? null : account.equity(), account == null ? null : account.buyingPower(),
                List.copyOf(checks), now);
    }
}
