package dev.tradeguard.alert.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tradeguard.model.Priority;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * alert-service's configuration. Channel credentials live here and nowhere else; they are never logged or returned.
 * A channel without its credentials is disabled (with a start-up warning), never a reason not to start.
 */
@ConfigMapping(prefix = "tradeguard.alert")
public interface AlertConfig {

    /** Per-type overrides of the default routing matrix (RoutingTable), keyed by alert type, e.g. STOP_LOSS_HIT. */
    Map<String, RouteOverride> routing();

    /** Channels every alert also goes to, whatever its type (e.g. {@code file,discord}). */
    @WithDefault("file")
    List<String> always();

    /** Per-channel overrides of where a failing channel escalates to, e.g. {@code sms=phone,email}. */
    Map<String, List<String>> escalation();

    Dedupe dedupe();

    Delivery delivery();

    FileChannel file();

    Webhook slack();

    Webhook discord();

    Twilio twilio();

    Email email();

    interface RouteOverride {
        Optional<List<String>> channels();

        Optional<Priority> priority();
    }

    interface Dedupe {
        /** Alerts of the same type, account and subject within this window are collapsed into the first. */
        @WithDefault("5m")
        Duration window();

        /** Types never collapsed: each is a distinct request or state change. */
        @WithDefault("APPROVAL_REQUESTED,TRADING_HALTED,TRADING_RESUMED")
        List<String> exempt();
    }

    interface Delivery {
        /**
         * How often due deliveries are claimed and sent besides right after new ones commit: the pace of retries
         * (whose backoff falls between runs) and the safety net for deliveries no commit announced.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** Attempts per (alert, channel) before it is marked FAILED. */
        @WithDefault("5")
        int maxAttempts();

        /** Failed attempts after which a CRITICAL or EMERGENCY alert also goes to the escalation channels. */
        @WithDefault("2")
        int escalateAfter();

        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** Deliveries claimed per channel per dispatcher run. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a claimed (SENDING) delivery may go without a result before its dispatcher is presumed dead. Must
         * exceed the longest send (request timeouts).
         */
        @WithDefault("2m")
        Duration sendingLease();

        /** Connect and read timeout of every outgoing call. */
        @WithDefault("10s")
        Duration requestTimeout();
    }

    interface FileChannel {
        @WithDefault("true")
        boolean enabled();

        /** The file alerts are appended to, one readable line each. */
        String path();
    }

    interface Webhook {
        /** The incoming-webhook URL; it embeds the credential, so it is a secret. */
        Optional<String> webhookUrl();

        @WithDefault("1")
        int ratePerSecond();
    }

    interface Twilio {
        @WithDefault("https://api.twilio.com")
        String baseUrl();

        Optional<String> accountSid();

        Optional<String> authToken();

        /** The Twilio number messages and calls come from (E.164). */
        Optional<String> from();

        /** The owner's phone (E.164): texted for SMS alerts, called for phone alerts. */
        Optional<String> to();

        @WithDefault("1")
        int ratePerSecond();
    }

    interface Email {
        /** Recipients; no recipient, no email channel. SMTP server and credentials: quarkus.mailer.*. */
        Optional<List<String>> to();

        @WithDefault("TradeGuard <alerts@tradeguard.local>")
        String from();

        @WithDefault("5")
        int ratePerSecond();
    }
}
