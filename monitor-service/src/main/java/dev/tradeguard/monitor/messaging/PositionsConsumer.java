package dev.tradeguard.monitor.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.monitor.repository.AccountKeysRepository;
import dev.tradeguard.monitor.service.SnapshotService;
import dev.tradeguard.platform.messaging.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class PositionsConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    SnapshotService snapshots;

    @Inject
    AccountKeysRepository keys;

    @Incoming(Channels.POSITIONS_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<PositionsEvent>> record) {
        incoming.accept(record, event -> {
            if (event instanceof AccountSnapshot snapshot) {
                snapshots.record(snapshot);
                keys.record(snapshot);
            } else if (event instanceof PositionChanged change) {
                snapshots.record(change);
            }
            // A MarketDataStatus changes nothing here: monitor approves nothing on prices (risk-service fails
            // closed on stale ones, execution-service alerts), and a stale price only delays the watch until the
            // next change.
        });
    }
}
