package dev.tradeguard.recommendation.config;

/** recommendation-service's Clock in every test: test-support's {@link dev.tradeguard.testing.MovableClock}. */
@jakarta.enterprise.inject.Alternative @jakarta.annotation.Priority(1) @jakarta.inject.Singleton
public class MovableClock extends dev.tradeguard.testing.MovableClock {
}
