package dev.tradeguard.brokersim.domain;

import java.util.EnumSet;
import java.util.Set;

public enum OrderStatus implements WireEnum {
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    DONE_FOR_DAY,
    CANCELED,
    EXPIRED,
    REPLACED,
    PENDING_CANCEL,
    PENDING_REPLACE,
    ACCEPTED,
    PENDING_NEW,
    HELD,
    REJECTED;

    private static final Set<OrderStatus> OPEN =
            EnumSet.of(NEW, PARTIALLY_FILLED, ACCEPTED, PENDING_NEW, HELD, PENDING_CANCEL, PENDING_REPLACE, DONE_FOR_DAY);

    /** Open orders may still fill or be canceled; everything else is final. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Orders the matching engine may execute right now (held legs and queued orders wait). */
    public boolean isWorking() {
        return this == NEW || this == PARTIALLY_FILLED;
    }
}
