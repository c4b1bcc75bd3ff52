package dev.tradeguard.execution.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerAccount;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.ConfigVerification;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the start-up verification and keeps its result: readiness reports it, refusals quote it, GET /config/verify
 * serves it. A failed verification is retried on a schedule (the account may have been unreachable for a moment), but a
 * configuration mismatch stays a failure until the configuration is fixed.
 */
@ApplicationScoped
public class ConfigVerifier {
    private static final Logger LOG = Logger.getLogger(ConfigVerifier.class);

    @Inject
    ExecutionConfig config;

    @Inject
    Broker broker;

    @Inject
    Clock clock;

    private volatile ConfigVerification last;

    /** The latest verification; runs the first one if none ran yet. */
    public ConfigVerification current() {
        ConfigVerification result = last;
        return result != null ? result : verify();
    }

    public synchronized ConfigVerification verify() {
        boolean keys = config.alpaca().keyId().filter(key -> !key.isBlank()).isPresent()
                && config.alpaca().secretKey().filter(key -> !key.isBlank()).isPresent();
        BrokerAccount account = null;
        String error = null;
        if (keys) {
            try {
                account = broker.account();
            } catch (BrokerException e) {
                error = e.getMessage();
            }
        } else {
            error = "no API keys";
        }
        ConfigVerification result = ConfigVerification.evaluate(config.liveTradingEnabled(),
                config.alpaca().endpoint().name(), keys,
                config.broker().baseUrlOverride().filter(url -> !url.isBlank()).isPresent(), account, error,
                clock.instant());
        if (result.passed()) {
            LOG.infof("Broker verified: %s trading, account %s, equity %s, buying power %s", result.mode(),
                    result.maskedAccountNumber(), result.equity(), result.buyingPower());
        } else {
            LOG.errorf("Broker verification FAILED, no order will be placed: %s", result.failures());
        }
        last = result;
        return result;
    }

    @Scheduled(every = "${tradeguard.execution.recovery.interval:30s}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retryWhileFailing() {
        ConfigVerification result = last;
        if (result != null && !result.passed()) {
            verify();
        }
    }
}
