package dev.tradeguard.recommendation.domain;

/** Whether a bot meant paper money or real money; each mode of a bot has its own account, never the other's. */
public enum TradingMode {
    PAPER, LIVE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
