package dev.tradeguard.brokersim.domain;

import java.util.EnumSet;
import java.util.Set;

public enum OrderStatus implements WireEnum {
    NEW("new"),
    PARTIALLY_FILLED("partially_filled"),
    FILLED("filled"),
    DONE_FOR_DAY("done_for_day"),
    CANCELED("canceled"),
    EXPIRED("expired"),
    REPLACED("replaced"),
    PENDING_CANCEL("pending_cancel"),
    PENDING_REPLACE("pending_replace"),
    ACCEPTED("accepted"),
    PENDING_NEW("pending_new"),
    HELD("held"),
    REJECTED("rejected");

    private static final Set<OrderStatus> OPEN =
            EnumSet.of(NEW, PARTIALLY_FILLED, ACCEPTED, PENDING_NEW, HELD, PENDING_CANCEL, PENDING_REPLACE, DONE_FOR_DAY);

    private final String wire;

    OrderStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Open orders may still fill or be canceled; everything else is final. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Orders the matching engine may execute right now (held legs and queued orders wait). */
    public boolean isWorking() {
        return this == NEW || this == PARTIALLY_FILLED;
    }
}
