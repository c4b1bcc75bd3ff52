package dev.tradeguard.brokersim.domain;

import java.util.Set;

/**
 * GET/PATCH /v2/account/configurations. {@code noShorting} and {@code maxMarginMultiplier} are the account's shorting
 * and multiplier settings themselves; {@code suspendTrade} blocks new orders and {@code fractionalTrading} off refuses
 * fractional and notional orders; the DTBP/PDT checks and confirmation e-mails are kept and echoed only.
 */
public record AccountConfiguration(String dtbpCheck, String tradeConfirmEmail, boolean suspendTrade,
                                   boolean noShorting, boolean fractionalTrading, int maxMarginMultiplier,
                                   String pdtCheck) {

    public static final Set<String> CHECKS = Set.of("both", "entry", "exit");
    public static final Set<String> CONFIRM_EMAILS = Set.of("all", "none");

    public AccountConfiguration {
        if (!CHECKS.contains(dtbpCheck)) {
            throw BrokerRejection.invalid("dtbp_check must be both, entry or exit, got " + dtbpCheck);
        }
        if (!CHECKS.contains(pdtCheck)) {
            throw BrokerRejection.invalid("pdt_check must be both, entry or exit, got " + pdtCheck);
        }
        if (!CONFIRM_EMAILS.contains(tradeConfirmEmail)) {
            throw BrokerRejection.invalid("trade_confirm_email must be all or none, got " + tradeConfirmEmail);
        }
        if (maxMarginMultiplier != 1 && maxMarginMultiplier != 2) {
            throw BrokerRejection.invalid("max_margin_multiplier must be \"1\" or \"2\" (4 is not modelled), got "
                    + maxMarginMultiplier);
        }
    }
}
