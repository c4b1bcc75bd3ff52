package dev.tradeguard.model;

/** Alpaca trade_updates event types, as carried on the {@code fills} topic. */
public enum OrderEventType {
    NEW, PARTIAL_FILL, FILL, CANCELED, EXPIRED, REJECTED, REPLACED, DONE_FOR_DAY,
    PENDING_NEW, PENDING_CANCEL, PENDING_REPLACE, STOPPED, SUSPENDED, CALCULATED, ORDER_REPLACE_REJECTED,
    ORDER_CANCEL_REJECTED;

    /** True when the order can no longer fill. */
    public boolean isTerminal() {
        return this == FILL || this == CANCELED || this == EXPIRED || this == REJECTED || this == DONE_FOR_DAY;
    }
}
