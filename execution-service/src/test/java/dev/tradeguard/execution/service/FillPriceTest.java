package dev.tradeguard.execution.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FillPriceTest {
    @Test
    void aFillFoundThroughRestIsPricedFromTheChangeOfTheAveragePrice() {
        // 4 @ 100 then 6 more: average 101.2 over 10 means the 6 filled at 102.
        assertEquals(new BigDecimal("102"), TradeUpdateRecorder.fillPrice(new BigDecimal("4"), new BigDecimal("100"),
                new BigDecimal("10"), new BigDecimal("101.2")));
        assertEquals(new BigDecimal("499.5"), TradeUpdateRecorder.fillPrice(BigDecimal.ZERO, null,
                new BigDecimal("10"), new BigDecimal("499.5")));
    }

    @Test
    void restStatusesMapToTheTradeUpdateEventTheyStandFor() {
        assertEquals("fill", TradeUpdateService.eventFor("filled"));
        assertEquals("partial_fill", TradeUpdateService.eventFor("partially_filled"));
        assertEquals("new", TradeUpdateService.eventFor("held"));
        assertEquals("canceled", TradeUpdateService.eventFor("canceled"));
    }
}
