package dev.tradeguard.execution.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.ApprovedOrder;

class OrderGateTest {
    static final Instant NOW = Instant.parse("2026-02-17T15:00:00Z");
    static final BigDecimal MAX = new BigDecimal("0.005");

    static ApprovedOrder order(Side side, String quantity, String limit, Instant expiresAt) {
        return new ApprovedOrder(UUID.randomUUID(), 1, "PA-DEE", "DEE-BOT", NOW.minusSeconds(60), "rec-1",
                UUID.randomUUID(), "SPY", side, new BigDecimal(quantity), OrderType.LIMIT, OrderClass.BRACKET,
                TimeInForce.DAY, limit == null ? null : new BigDecimal(limit), new BigDecimal("480"),
                new BigDecimal("520"), false, expiresAt, "alice");
    }

    static Optional<KnownTradingState> state(TradingState state) {
        return Optional.of(new KnownTradingState("PA-DEE", state, "because", "rita", NOW));
    }

    @Test
    void onlyActiveLetsAnOrderOpenAPosition() {
        ApprovedOrder buy = order(Side.BUY, "10", "500", NOW.plusSeconds(60));
        assertTrue(OrderGate.tradingState(buy, state(TradingState.ACTIVE), BigDecimal.ZERO).isEmpty());
        assertEquals(RefusalReason.TRADING_HALTED,
                OrderGate.tradingState(buy, state(TradingState.HALTED), BigDecimal.ZERO).orElseThrow().reason());
        assertEquals(RefusalReason.TRADING_REDUCING,
                OrderGate.tradingState(buy, state(TradingState.REDUCING), BigDecimal.TEN).orElseThrow().reason());
        assertEquals(RefusalReason.TRADING_STATE_UNKNOWN,
                OrderGate.tradingState(buy, Optional.empty(), BigDecimal.ZERO).orElseThrow().reason());
    }

    @Test
    void reducingLetsOutOnlyOrdersThatShrinkThePositionHeld() {
        assertTrue(OrderGate.shrinksPosition(Side.SELL, BigDecimal.TEN, new BigDecimal("10")));
        assertFalse(OrderGate.shrinksPosition(Side.SELL, new BigDecimal("11"), new BigDecimal("10")), "would flip short");
        assertFalse(OrderGate.shrinksPosition(Side.SELL, BigDecimal.ONE, BigDecimal.ZERO), "would open a short");
        assertTrue(OrderGate.shrinksPosition(Side.BUY_TO_COVER, BigDecimal.ONE, new BigDecimal("-5")));
        assertFalse(OrderGate.shrinksPosition(Side.BUY_TO_COVER, BigDecimal.ONE, new BigDecimal("5")));
        assertFalse(OrderGate.shrinksPosition(Side.BUY, BigDecimal.ONE, new BigDecimal("-5")));
        assertFalse(OrderGate.shrinksPosition(Side.SELL_SHORT, BigDecimal.ONE, new BigDecimal("5")));
        ApprovedOrder sell = order(Side.SELL, "5", "500", NOW.plusSeconds(60));
        assertTrue(OrderGate.tradingState(sell, state(TradingState.REDUCING), BigDecimal.TEN).isEmpty());
    }

    @Test
    void anApprovalIsExpiredFromItsExpiryOn() {
        ApprovedOrder order = order(Side.BUY, "1", "500", NOW);
        assertEquals("the approval expired at 2026-02-17T15:00:00Z (now 2026-02-17T15:00:00Z)",
                OrderGate.expiry(order, NOW).orElseThrow().message());
        assertTrue(OrderGate.expiry(order, NOW.minusMillis(1)).isEmpty());
    }

    @Test
    void slippageIsMeasuredFromTheApprovedEntryInBothDirections() {
        ApprovedOrder order = order(Side.BUY, "1", "500.00", NOW.plusSeconds(60));
        assertTrue(OrderGate.slippage(order, new BigDecimal("502.50"), MAX).isEmpty(), "exactly 0.5% passes");
        assertTrue(OrderGate.slippage(order, new BigDecimal("497.50"), MAX).isEmpty());
        assertEquals(RefusalReason.SLIPPAGE_EXCEEDED,
                OrderGate.slippage(order, new BigDecimal("502.51"), MAX).orElseThrow().reason());
        assertEquals("SPY last traded at 490.00, 2.00% from the approved entry 500.00; MAX_SLIPPAGE_PCT is 0.50%",
                OrderGate.slippage(order, new BigDecimal("490.00"), MAX).orElseThrow().message());
        assertTrue(OrderGate.slippage(order(Side.BUY, "1", null, NOW.plusSeconds(60)), new BigDecimal("900"), MAX)
                .isEmpty(), "a market order has no entry to compare");
    }

    @Test
    void theClientOrderIdIsDerivedFromTheApprovedOrderIdAndFitsAlpaca() {
        UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertEquals("tg-0f8fad5bd9cb469fa16570867728950e", ClientOrderIds.of(id));
        assertEquals(ClientOrderIds.of(id), ClientOrderIds.of(UUID.fromString(id.toString())));
        assertTrue(ClientOrderIds.of(id).length() <= ClientOrderIds.MAX_LENGTH);
    }

    @Test
    void accountNumbersAreMasked() {
        assertEquals("PA****7B9E", Masking.accountNumber("PA9F2F7B9E"));
        assertEquals("****", Masking.accountNumber("PA12"));
        assertEquals("(set, 6 characters)", Masking.secret("abcdef"));
    }
}
