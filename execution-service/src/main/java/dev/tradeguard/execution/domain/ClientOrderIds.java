package dev.tradeguard.execution.domain;

import java.util.UUID;

/** The Alpaca client_order_id of an approved order: derived from its id, so every attempt uses the same one. */
public final class ClientOrderIds {
    public static final String PREFIX = "tg-";
    public static final int MAX_LENGTH = 48;

    private ClientOrderIds() {
    }

    /** {@code tg-} + the 32 hex digits of the approved order id: 35 characters, within Alpaca's 48. */
    public static String of(UUID approvedOrderId) {
        return PREFIX + approvedOrderId.toString().replace("-", "");
    }
}
