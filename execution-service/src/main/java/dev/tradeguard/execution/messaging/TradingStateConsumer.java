package dev.tradeguard.execution.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.tradeguard.execution.service.KillSwitchService;
import dev.tradeguard.execution.service.TradingStateService;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.platform.messaging.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class TradingStateConsumer {
    private static final Logger LOG = Logger.getLogger(TradingStateConsumer.class);

    @Inject
    IncomingEvents incoming;

    @Inject
    TradingStateService tradingStates;

    @Inject
    KillSwitchService killSwitch;

    @Incoming(Channels.TRADING_STATE_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<TradingStateChanged>> record) {
        incoming.accept(record, change -> {
            if (tradingStates.apply(change)) {
                // The state is stored first: even if the broker is unreachable now, no new order goes out.
                try {
                    killSwitch.onTradingState(change);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Kill switch for %s failed; the state is stored, start-up re-asserts it",
                            change.accountId());
                }
            }
        });
    }
}
