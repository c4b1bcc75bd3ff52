package dev.tradeguard.execution.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.tradeguard.execution.domain.ConfigVerification;
import dev.tradeguard.execution.service.ConfigVerifier;

/** Readiness stays DOWN while the start-up verification fails, with the message saying exactly what is wrong. */
@Readiness
@ApplicationScoped
public class BrokerVerificationCheck implements HealthCheck {
    @Inject
    ConfigVerifier verifier;

    @Override
    public HealthCheckResponse call() {
        ConfigVerification verification = verifier.current();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("broker-configuration")
                .status(verification.passed()).withData("mode", verification.mode())
                .withData("endpoint", verification.endpoint());
        if (verification.maskedAccountNumber() != null) {
            builder.withData("account", verification.maskedAccountNumber());
        }
        if (!verification.passed()) {
            builder.withData("problem", verification.failures());
        }
        return builder.build();
    }
}
