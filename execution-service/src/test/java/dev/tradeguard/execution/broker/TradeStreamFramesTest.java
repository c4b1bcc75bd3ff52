package dev.tradeguard.execution.broker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TradeStreamFramesTest {
    @Test
    void onlyTheListeningAcknowledgementOfTradeUpdatesCountsAsSubscribed() {
        assertTrue(AlpacaTradeUpdateStream.acknowledgesTradeUpdates(
                "{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}"));
        assertFalse(AlpacaTradeUpdateStream.acknowledgesTradeUpdates(
                "{\"stream\":\"listening\",\"data\":{\"streams\":[]}}"));
        assertFalse(AlpacaTradeUpdateStream.acknowledgesTradeUpdates(
                "{\"stream\":\"authorization\",\"data\":{\"status\":\"authorized\"}}"));
        assertFalse(AlpacaTradeUpdateStream.acknowledgesTradeUpdates("not json"));
    }
}
