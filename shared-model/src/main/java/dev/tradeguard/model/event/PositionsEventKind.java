package dev.tradeguard.model.event;

/** Which kind of event a record on the {@code positions} topic is; written in its {@code kind} field. */
public enum PositionsEventKind {
    /** {@link AccountSnapshot}: the whole account as the broker answered; replaces what a consumer holds. */
    ACCOUNT_SNAPSHOT(AccountSnapshot.class),
    /** {@link PositionChanged}: one position moved (a tick or a fill), with the account's equity after it. */
    POSITION_CHANGED(PositionChanged.class),
    /** {@link MarketDataStatus}: whether execution-service's prices for the account are fresh. */
    MARKET_DATA_STATUS(MarketDataStatus.class);

    private final Class<? extends PositionsEvent> type;

    PositionsEventKind(Class<? extends PositionsEvent> type) {
        this.type = type;
    }

    public Class<? extends PositionsEvent> type() {
        return type;
    }
}
