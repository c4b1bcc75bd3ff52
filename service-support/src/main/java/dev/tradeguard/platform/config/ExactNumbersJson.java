package dev.tradeguard.platform.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradeguard.model.serde.EventJson;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every service's REST bodies read numbers as events do ({@link EventJson#readNumbersExactly}): a quantity of
 * {@code 1e400} arrives as {@code 1E+400} for validation to refuse by its range, never as a double.
 */
@Singleton
public class ExactNumbersJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        EventJson.readNumbersExactly(mapper);
    }
}
