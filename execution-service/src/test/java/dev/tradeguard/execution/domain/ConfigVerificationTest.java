package dev.tradeguard.execution.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ConfigVerificationTest {
    static final Instant NOW = Instant.parse("2026-02-17T14:00:00Z");

    static BrokerAccount account(String number, boolean tradingBlocked) {
        return new BrokerAccount("id-1", number, "ACTIVE", tradingBlocked, false, false, new BigDecimal("100000"),
                new BigDecimal("99000"), new BigDecimal("50000"), new BigDecimal("200000"));
    }

    @Test
    void paperWithAPaperAccountPasses() {
        ConfigVerification result = ConfigVerification.evaluate(false, "PAPER", true, true,
                account("PA9F2F7B9E", false), null, NOW);
        assertTrue(result.passed(), result.failures());
        assertEquals("PA****7B9E", result.maskedAccountNumber());
        assertEquals("PAPER", result.mode());
    }

    @Test
    void liveFlagWithThePaperEndpointFailsSayingSo() {
        ConfigVerification result = ConfigVerification.evaluate(true, "PAPER", true, false,
                account("PA9F2F7B9E", false), null, NOW);
        assertFalse(result.passed());
        assertTrue(result.failures().contains("LIVE_TRADING_ENABLED=true but the Alpaca endpoint is PAPER"),
                result.failures());
        assertTrue(result.failures().contains("is a paper account (PA…): use the live account's keys"),
                result.failures());
    }

    @Test
    void theLiveEndpointWithoutTheLiveFlagFails() {
        ConfigVerification result = ConfigVerification.evaluate(false, "LIVE", true, false,
                account("4F2F7B9E11", false), null, NOW);
        assertFalse(result.passed());
        assertTrue(result.failures().contains("the Alpaca endpoint is LIVE but LIVE_TRADING_ENABLED=false"));
        assertTrue(result.failures().contains("is a live account but LIVE_TRADING_ENABLED=false"));
    }

    @Test
    void liveWithALiveAccountPassesButNeverThroughAnOverride() {
        assertTrue(ConfigVerification.evaluate(true, "LIVE", true, false, account("4F2F7B9E11", false), null, NOW)
                .passed());
        ConfigVerification overridden = ConfigVerification.evaluate(true, "LIVE", true, true,
                account("4F2F7B9E11", false), null, NOW);
        assertFalse(overridden.passed());
        assertTrue(overridden.failures().contains("base-url-override is set in live mode"));
    }

    @Test
    void aBlockedOrUnreachableAccountOrMissingKeysFail() {
        assertTrue(ConfigVerification.evaluate(false, "PAPER", true, false, account("PA9F2F7B9E", true), null, NOW)
                .failures().contains("trading_blocked=true"));
        assertTrue(ConfigVerification.evaluate(false, "PAPER", true, false, null, "HTTP 401 unauthorized", NOW)
                .failures().contains("the broker account could not be read: HTTP 401 unauthorized"));
        assertTrue(ConfigVerification.evaluate(false, "PAPER", false, false, null, "no API keys", NOW)
                .failures().contains("ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY must both be set"));
    }
}
