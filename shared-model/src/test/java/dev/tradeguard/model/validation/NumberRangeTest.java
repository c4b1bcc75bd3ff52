package dev.tradeguard.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumberRangeTest {

    @Test
    void sharesAreMoreThanZeroAndAtMostABillionWithNineDecimals() {
        assertTrue(NumberRange.SHARES.admits(new BigDecimal("1000000000")));
        assertTrue(NumberRange.SHARES.admits(new BigDecimal("0.000000001")));
        assertFalse(NumberRange.SHARES.admits(BigDecimal.ZERO));
        assertFalse(NumberRange.SHARES.admits(new BigDecimal("1000000000.000000001")));
        assertFalse(NumberRange.SHARES.admits(new BigDecimal("0.0000000001")));
        assertFalse(NumberRange.SHARES.admits(new BigDecimal("1e20")));
        assertTrue(NumberRange.FILLED_SHARES.admits(BigDecimal.ZERO));
        assertTrue(NumberRange.POSITION_SHARES.admits(new BigDecimal("-1000000000")));
        assertFalse(NumberRange.POSITION_SHARES.admits(new BigDecimal("-1000000001")));
    }

    @Test
    void trailingZerosAreNoDecimals() {
        assertTrue(NumberRange.PRICE.admits(new BigDecimal("155.500000000000000000000000")));
        assertTrue(NumberRange.SHARES.admits(new BigDecimal("25.0000000000000")));
        assertTrue(NumberRange.PRICE.admits(new BigDecimal("1E+2")), "100 written with an exponent is still 100");
    }

    @Test
    void pricesMoneyAndRatiosHaveTheirDocumentedBounds() {
        assertTrue(NumberRange.PRICE.admits(new BigDecimal("10000000")));
        assertFalse(NumberRange.PRICE.admits(new BigDecimal("10000000.01")));
        assertFalse(NumberRange.PRICE.admits(new BigDecimal("1e400")));
        assertTrue(NumberRange.MONEY.admits(new BigDecimal("-1000000000000")));
        assertFalse(NumberRange.MONEY.admits(new BigDecimal("1000000000000.5")));
        assertFalse(NumberRange.NON_NEGATIVE_MONEY.admits(new BigDecimal("-0.01")));
        assertTrue(NumberRange.RATIO.admits(new BigDecimal("0.0285714285714286")), "the broker's 16 decimals");
        assertFalse(NumberRange.RATIO.admits(new BigDecimal("1000.1")));
        assertTrue(NumberRange.FRACTION.admits(BigDecimal.ONE));
        assertFalse(NumberRange.FRACTION.admits(new BigDecimal("1.0000000001")));
    }

    @Test
    void aViolationNamesFieldRangeAndValue() {
        Violations violations = new Violations();
        violations.within("quantity", new BigDecimal("1e400"), NumberRange.SHARES);
        assertEquals("quantity: must be greater than 0 and at most 1000000000 (shares, at most 9 decimals), got 1E+400",
                Violations.describe(violations.toList()));
    }

    @Test
    void aHostileExponentIsShownShortNeverDigitByDigit() {
        assertEquals("1E-999999999", Violations.shown(new BigDecimal("1e-999999999")));
        assertEquals("-1E+999999999", Violations.shown(new BigDecimal("-1e999999999")));
        assertEquals("155.50", Violations.shown(new BigDecimal("155.50")));
        assertEquals("100000000000000000000", Violations.shown(new BigDecimal("1e20")));
        String long1 = Violations.shown(new BigDecimal("1." + "3".repeat(900)));
        assertEquals(40, long1.length(), long1);
    }
}
