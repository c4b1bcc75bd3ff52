package dev.tradeguard.brokersim.messaging;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.TradeUpdate;
import dev.tradeguard.brokersim.rest.AlpacaJson;
import dev.tradeguard.brokersim.service.FaultPlan;
import dev.tradeguard.brokersim.service.PaperBroker;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connected /stream clients and what each may receive. Trade updates are published from inside the broker's lock,
 * so every client sees them in the order they happened. Frames are binary, as paper-api's trade_updates are.
 */
@ApplicationScoped
public class StreamHub {

    private static final Logger LOG = Logger.getLogger(StreamHub.class);

    static final class Session {
        final WebSocketConnection connection;
        volatile boolean authenticated;
        volatile boolean listening;

        Session(WebSocketConnection connection) {
            this.connection = connection;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final PaperBroker broker;
    private final FaultPlan faults;

    public StreamHub(PaperBroker broker, FaultPlan faults) {
        this.broker = broker;
        this.faults = faults;
    }

    void subscribe(@Observes StartupEvent event) {
        broker.addListener(this::publish);
    }

    Session open(WebSocketConnection connection) {
        Session session = new Session(connection);
        sessions.put(connection.id(), session);
        return session;
    }

    Session session(WebSocketConnection connection) {
        return sessions.computeIfAbsent(connection.id(), id -> new Session(connection));
    }

    void close(WebSocketConnection connection) {
        sessions.remove(connection.id());
    }

    public int connectedClients() {
        return sessions.size();
    }

    public int listeningClients() {
        return (int) sessions.values().stream().filter(s -> s.authenticated && s.listening).count();
    }

    /** Closes every stream connection at once: the "stream dropped" fault. */
    public int dropAll() {
        List<Session> dropped = List.copyOf(sessions.values());
        sessions.clear();
        for (Session session : dropped) {
            session.connection.close().subscribe().with(ok -> { }, e -> LOG.debug("close failed", e));
        }
        return dropped.size();
    }

    void publish(TradeUpdate update) {
        boolean fill = update.event().equals("fill") || update.event().equals("partial_fill");
        if (fill && faults.takeUnstreamedFill()) {
            LOG.infof("fault: %s of order %s not streamed", update.event(), update.order().id());
            return;
        }
        if (sessions.isEmpty()) {
            return;
        }
        byte[] frame = AlpacaJson.tradeUpdate(update).toString().getBytes(StandardCharsets.UTF_8);
        for (Session session : sessions.values()) {
            if (session.authenticated && session.listening && session.connection.isOpen()) {
                send(session, frame);
            }
        }
    }

    static void send(Session session, ObjectNode message) {
        send(session, message.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Session session, byte[] frame) {
        session.connection.sendBinary(frame).subscribe()
                .with(ok -> { }, e -> LOG.debugf("stream send to %s failed: %s", session.connection.id(), e));
    }

    static ObjectNode message(String stream, ObjectNode data) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("stream", stream);
        message.set("data", data);
        return message;
    }
}
