package dev.tradeguard.execution.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class ExecutionConfigTest {
    private static ExecutionConfig.Alpaca alpaca(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ExecutionConfig.Alpaca.class, "tradeguard.execution.alpaca")
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return config.getConfigMapping(ExecutionConfig.Alpaca.class, "tradeguard.execution.alpaca");
    }

    @Test
    void keysIssuedOnIsReadAsADay() {
        assertEquals(Optional.of(LocalDate.parse("2026-10-01")),
                alpaca(Map.of("tradeguard.execution.alpaca.keys-issued-on", "2026-10-01")).keysIssuedOn());
        assertEquals(Optional.empty(), alpaca(Map.of("tradeguard.execution.alpaca.keys-issued-on", ""))
                .keysIssuedOn(), "ALPACA_KEYS_ISSUED_ON unset maps to an empty value: not configured");
    }

    @Test
    void keysIssuedOnThatIsNotADayRefusesStartNamingTheSettingAndTheValue() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> alpaca(Map.of("tradeguard.execution.alpaca.keys-issued-on", "2026-13-01")));
        String message = refused.getMessage();
        assertTrue(message.contains("tradeguard.execution.alpaca.keys-issued-on") && message.contains("2026-13-01"),
                message);
    }
}
