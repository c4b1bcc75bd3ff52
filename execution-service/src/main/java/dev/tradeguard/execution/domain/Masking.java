package dev.tradeguard.execution.domain;

/** How account numbers and keys appear outside this service: never whole. */
public final class Masking {
    private Masking() {
    }

    /** {@code PA1234ABCD} → {@code PA****ABCD}; short or absent values become {@code ****}. */
    public static String accountNumber(String accountNumber) {
        if (accountNumber == null || accountNumber.length() < 8) {
            return "****";
        }
        return accountNumber.substring(0, 2) + "****" + accountNumber.substring(accountNumber.length() - 4);
    }

    /** A key is only ever shown as whether it is set. */
    public static String secret(String value) {
        return value == null || value.isBlank() ? "(not set)" : "(set, " + value.length() + " characters)";
    }
}
