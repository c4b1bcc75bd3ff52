package dev.tradeguard.alert.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.messaging.AlertChannel;
import dev.tradeguard.alert.messaging.DeliveryException;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.alert.repository.ReceivedAlertRepository;
import dev.tradeguard.model.Priority;
import dev.tradeguard.platform.concurrent.WakeableWorker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends what the delivery log says is due. Each run: deliveries whose dispatcher died mid-send become UNCONFIRMED
 * (never re-sent; critical ones escalate); then, per live channel and within its rate limit, due deliveries are
 * claimed most urgent first, one per send (SENDING, skip-locked so replicas never share one), sent, and recorded as
 * SENT, or PENDING again with an exponential backoff, or FAILED after the last attempt or on a permanent error. A
 * CRITICAL or EMERGENCY alert escalates once a channel has failed {@code escalate-after} times.
 */
@ApplicationScoped
public class DeliveryDispatcher {
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    @Inject
    AlertConfig config;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ReceivedAlertRepository alerts;

    @Inject
    ChannelRegistry channels;

    @Inject
    RoutingTable routing;

    @Inject
    Escalations escalations;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    private volatile WakeableWorker worker;

    /** From start-up: a run at once when an alert's deliveries commit ({@link #wakeUp()}), else every poll-interval. */
    void start(@Observes StartupEvent event) {
        worker = new WakeableWorker("alert-delivery", config.delivery().pollInterval(), this::run);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(10));
        }
    }

    /** Sends what is due as soon as the dispatcher thread is free; called after the commit of new deliveries. */
    public void wakeUp() {
        if (worker != null) {
            worker.wakeUp();
        }
    }

    boolean run() {
        try {
            dispatch();
            return true;
        } catch (RuntimeException e) {
            // The next run tries again; the log keeps every delivery's state, so nothing is lost meanwhile.
            LOG.errorf(e, "Delivery run failed");
            return false;
        }
    }

    /**
     * One dispatcher run; returns how many deliveries it attempted. Each step is a transaction of its own, never one
     * around a send: a claim commits before its delivery is sent (so a dispatcher that dies mid-send leaves it
     * SENDING, to be found UNCONFIRMED), and a result commits with the escalations it causes.
     */
    public int dispatch() {
        Instant now = clock.instant();
        inTransaction(() -> {
            for (Delivery abandoned : deliveries.abandonStaleClaims(now.minus(config.delivery().sendingLease()),
                    now)) {
                LOG.warnf("Delivery %d (%s on %s) was claimed but never confirmed: marked UNCONFIRMED, not re-sent",
                        abandoned.id(), abandoned.eventId(), abandoned.channel().id());
                count(abandoned.channel(), "unconfirmed");
                escalateIfCritical(abandoned, now);
            }
        });
        int attempted = 0;
        for (ChannelName name : ChannelName.values()) {
            AlertChannel channel = channels.get(name);
            if (!channel.enabled()) {
                inTransaction(() -> skipAll(channel, now));
                continue;
            }
            attempted += sendDue(channel, channels.limit(name));
        }
        return attempted;
    }

    /**
     * Sends the channel's due deliveries, most urgent first, as far as its rate limit allows now.
     * <p>
     * One delivery is claimed per token, just before it is sent, and never a batch ahead: a send takes time (a Slack
     * webhook call, an SMTP session), and a delivery claimed earlier would hold its place however urgent the alert
     * committed meanwhile. Claiming at the moment of sending makes the most urgent due delivery of the channel, as
     * the database sees it then, the next one the channel sends, with nothing queued in memory to reorder. The token
     * is checked before claiming, so a claim never waits on the limiter; the claim's time is read then too, so an
     * alert committed during this run is already due. The extra query per send is nothing beside the send itself.
     */
    private int sendDue(AlertChannel channel, TokenBucket limit) {
        int sent = 0;
        while (sent < config.delivery().batchSize() && limit.available() > 0) {
            List<Delivery> next = inTransaction(() -> deliveries.claimDue(channel.name(), 1, clock.instant()));
            if (next.isEmpty()) {
                break;
            }
            Delivery delivery = next.get(0);
            if (!limit.tryAcquire()) {
                // Taken meanwhile by a test message (POST /channels/{channel}/test): hand it back for the next run.
                inTransaction(() -> deliveries.release(delivery.id(), clock.instant()));
                break;
            }
            attempt(channel, delivery);
            sent++;
        }
        return sent;
    }

    private void attempt(AlertChannel channel, Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        try {
            ReceivedAlert alert = inTransaction(() -> alerts.find(delivery.eventId())).orElseThrow();
            channel.send(alert);
            inTransaction(() -> deliveries.markSent(delivery.id(), attempts, clock.instant()));
            count(channel.name(), "sent");
        } catch (DeliveryException e) {
            inTransaction(() -> failed(delivery, attempts, e.getMessage(), e.permanent()));
        } catch (RuntimeException e) {
            inTransaction(() -> failed(delivery, attempts,
                    "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), false));
        }
    }

    private static <T> T inTransaction(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    private static void inTransaction(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }

    private void failed(Delivery delivery, int attempts, String error, boolean permanent) {
        Instant now = clock.instant();
        boolean last = permanent || attempts >= config.delivery().maxAttempts();
        if (last) {
            deliveries.markFailed(delivery.id(), attempts, error, now);
            count(delivery.channel(), "failed");
            LOG.errorf("Delivery %d of alert %s (%s) on %s FAILED after %d attempt(s): %s", delivery.id(),
                    delivery.eventId(), delivery.alertType(), delivery.channel().id(), attempts, error);
        } else {
            Backoff backoff = new Backoff(config.delivery().initialBackoff(), config.delivery().maxBackoff());
            deliveries.markRetry(delivery.id(), attempts, error, now.plus(backoff.afterAttempt(attempts)), now);
            count(delivery.channel(), "retry");
            LOG.warnf("Delivery %d of alert %s on %s failed (attempt %d), retrying: %s", delivery.id(),
                    delivery.eventId(), delivery.channel().id(), attempts, error);
        }
        if (last || attempts >= config.delivery().escalateAfter()) {
            escalateIfCritical(delivery, now);
        }
    }

    private void skipAll(AlertChannel channel, Instant now) {
        List<Delivery> stranded = deliveries.claimDue(channel.name(), config.delivery().batchSize(), now);
        for (Delivery delivery : stranded) {
            deliveries.markSkipped(delivery.id(), "channel disabled: " + channel.disabledReason().orElse(""), now);
            count(channel.name(), "skipped");
            escalateIfCritical(delivery, now);
        }
    }

    private void escalateIfCritical(Delivery delivery, Instant now) {
        Priority priority = routing.effectivePriority(delivery.alertType(), delivery.priority());
        if (RoutingTable.escalates(priority)) {
            escalations.escalate(delivery.eventId(), priority, delivery.channel(), now);
        }
    }

    private void count(ChannelName channel, String outcome) {
        meters.counter("tradeguard.alert.deliveries", "channel", channel.id(), "outcome", outcome).increment();
    }
}
