package dev.tradeguard.brokersim.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.config.SimulatorConfig;
import dev.tradeguard.brokersim.domain.MarketTick;
import dev.tradeguard.brokersim.domain.Quote;
import dev.tradeguard.brokersim.domain.Trade;
import dev.tradeguard.brokersim.messaging.MarketDataMessages.StreamError;
import dev.tradeguard.brokersim.messaging.MarketDataSession.Channel;
import dev.tradeguard.brokersim.service.FaultPlan;
import dev.tradeguard.brokersim.service.PaperBroker;
import dev.tradeguard.brokersim.service.SimulatorSchedulers;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The market-data websocket sessions, what each subscribed to, and the prices they are sent.
 *
 * <p>Prices are pushed, never polled: {@link PaperBroker} calls {@link #publish} under its lock the moment a last price
 * changes, and the frames are queued on each connection from that thread, so a price set through the admin API is on
 * the wire within milliseconds and in the order prices changed. The heartbeat quotes come from a dedicated thread and
 * take the same {@link #sendLock}, so a heartbeat never overtakes a newer trade with an older price.
 */
@ApplicationScoped
public class MarketDataHub {

    private static final Logger LOG = Logger.getLogger(MarketDataHub.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final Set<String> FEEDS = Set.of("iex", "sip", "test");
    /** Alpaca limits trade and quote channels on its IEX plan (and so its test feed), not on SIP. */
    private static final Set<String> LIMITED_FEEDS = Set.of("iex", "test");
    private static final CloseReason DROPPED = new CloseReason(1001, "dropped by the simulator");
    private static final CloseReason REFUSED = new CloseReason(1008, "policy violation");

    /** What the admin API shows of one session. */
    public record SessionView(String id, String feed, String encoding, boolean authenticated, Instant connectedAt,
                              List<String> trades, List<String> quotes, List<String> bars) {
    }

    private final Map<String, MarketDataSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Trade> lastTrades = new ConcurrentHashMap<>();
    private final Object sendLock = new Object();
    /** Held while a session checks the connection limit and marks itself authenticated, so two cannot both pass. */
    private final Object authenticationLock = new Object();
    private final PaperBroker broker;
    private final FaultPlan faults;
    private final SimulatorConfig config;
    private ScheduledExecutorService scheduler;

    public MarketDataHub(PaperBroker broker, FaultPlan faults, SimulatorConfig config) {
        this.broker = broker;
        this.faults = faults;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        scheduler = SimulatorSchedulers.singleDaemon("broker-simulator-market-data");
        broker.addMarketListener(this::publish);
        for (String symbol : broker.symbols()) {
            // A tick published meanwhile is newer than this read: keep it.
            lastTrades.putIfAbsent(symbol, broker.latestTrade(symbol));
        }
        long interval = config.marketDataStream().quoteInterval().toMillis();
        if (interval > 0) {
            scheduler.scheduleAtFixedRate(this::heartbeat, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ session life

    void open(WebSocketConnection connection, String feed, MarketDataEncoding encoding) {
        MarketDataSession session = new MarketDataSession(connection, feed, encoding);
        sessions.put(connection.id(), session);
        send(session, MarketDataMessages.success("connected"));
        long timeout = config.marketDataStream().authTimeout().toMillis();
        scheduler.schedule(() -> authTimeout(session), timeout, TimeUnit.MILLISECONDS);
    }

    MarketDataSession session(WebSocketConnection connection) {
        return sessions.get(connection.id());
    }

    void close(WebSocketConnection connection) {
        sessions.remove(connection.id());
    }

    private void authTimeout(MarketDataSession session) {
        if (!session.authenticated() && session.connection.isOpen()) {
            refuse(session, StreamError.AUTH_TIMEOUT);
        }
    }

    // ------------------------------------------------------------------ client messages

    void handle(MarketDataSession session, JsonNode message) {
        String action = message != null && message.isObject() && message.path("action").isTextual()
                ? message.get("action").asText() : "";
        switch (action) {
            case "auth" -> authenticate(session, message);
            case "subscribe" -> changeSubscriptions(session, message, true);
            case "unsubscribe" -> changeSubscriptions(session, message, false);
            default -> send(session, MarketDataMessages.error(StreamError.INVALID_SYNTAX));
        }
    }

    void internalError(MarketDataSession session, RuntimeException e) {
        LOG.warnf(e, "market-data message from %s failed", session.connection.id());
        send(session, MarketDataMessages.error(StreamError.INTERNAL_ERROR));
    }

    void invalidSyntax(MarketDataSession session) {
        send(session, MarketDataMessages.error(StreamError.INVALID_SYNTAX));
    }

    private void authenticate(MarketDataSession session, JsonNode message) {
        if (session.authenticated()) {
            send(session, MarketDataMessages.error(StreamError.ALREADY_AUTHENTICATED));
            return;
        }
        if (!TradeUpdatesSocket.keyPairMatches(config, message.path("key").asText(null),
                message.path("secret").asText(null))) {
            send(session, MarketDataMessages.error(StreamError.AUTH_FAILED));
            return;
        }
        if (!FEEDS.contains(session.feed)) {
            refuse(session, StreamError.INSUFFICIENT_SUBSCRIPTION);
            return;
        }
        synchronized (authenticationLock) {
            if (authenticatedSessions() >= config.marketDataStream().connectionLimit()) {
                refuse(session, StreamError.CONNECTION_LIMIT_EXCEEDED);
                return;
            }
            session.markAuthenticated();
        }
        send(session, MarketDataMessages.success("authenticated"));
    }

    private void changeSubscriptions(MarketDataSession session, JsonNode message, boolean subscribe) {
        if (!session.authenticated()) {
            send(session, MarketDataMessages.error(StreamError.NOT_AUTHENTICATED));
            return;
        }
        Optional<Map<Channel, Collection<String>>> request = channels(message);
        if (request.isEmpty()) {
            send(session, MarketDataMessages.error(StreamError.INVALID_SYNTAX));
            return;
        }
        int limit = LIMITED_FEEDS.contains(session.feed) ? config.marketDataStream().symbolLimit() : 0;
        if (!session.change(request.get(), subscribe, limit)) {
            send(session, MarketDataMessages.error(StreamError.SYMBOL_LIMIT_EXCEEDED));
            return;
        }
        send(session, MarketDataMessages.subscription(session.subscribed(Channel.TRADES),
                session.subscribed(Channel.QUOTES), session.subscribed(Channel.BARS)));
    }

    /** The channels a (un)subscribe message names: at least one, each an array of non-blank symbols. */
    private static Optional<Map<Channel, Collection<String>>> channels(JsonNode message) {
        Map<Channel, Collection<String>> request = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            JsonNode symbols = message.get(channel.key);
            if (symbols == null || symbols.isNull()) {
                continue;
            }
            if (!symbols.isArray()) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            for (JsonNode symbol : symbols) {
                if (!symbol.isTextual() || symbol.asText().isBlank()) {
                    return Optional.empty();
                }
                names.add(symbol.asText().trim());
            }
            request.put(channel, names);
        }
        return request.isEmpty() ? Optional.empty() : Optional.of(request);
    }

    // ------------------------------------------------------------------ market data out

    /** Every change of a last price, from the broker's lock: a bar, a trade and a quote to whoever wants each. */
    void publish(MarketTick tick) {
        try {
            Trade trade = tick.trade();
            synchronized (sendLock) {
                lastTrades.put(trade.symbol(), trade);
                if (sessions.isEmpty() || faults.marketDataPaused()) {
                    return;
                }
                ObjectNode bar = tick.minuteBar().map(MarketDataMessages::bar).orElse(null);
                ObjectNode tradeMessage = MarketDataMessages.trade(trade);
                ObjectNode quote = MarketDataMessages.quote(quoteAround(trade, trade.timestamp()));
                for (MarketDataSession session : sessions.values()) {
                    ArrayNode batch = JSON.arrayNode();
                    if (bar != null && session.wants(Channel.BARS, trade.symbol())) {
                        batch.add(bar);
                    }
                    if (session.wants(Channel.TRADES, trade.symbol())) {
                        batch.add(tradeMessage);
                    }
                    if (session.wants(Channel.QUOTES, trade.symbol())) {
                        batch.add(quote);
                    }
                    if (!batch.isEmpty()) {
                        send(session, batch);
                    }
                }
            }
        } catch (RuntimeException e) {
            // The broker must go on matching whatever a subscriber's socket does.
            LOG.error("market-data publish failed", e);
        }
    }

    /** A quote per subscribed symbol for every authenticated quote subscriber, stamped with the simulator's clock. */
    void heartbeat() {
        try {
            if (sessions.isEmpty() || faults.marketDataPaused()) {
                return;
            }
            Instant now = broker.clock().now();
            synchronized (sendLock) {
                for (MarketDataSession session : sessions.values()) {
                    if (!session.authenticated()) {
                        continue;
                    }
                    List<String> symbols = session.subscribed(Channel.QUOTES);
                    Collection<String> targets = symbols.contains(MarketDataSession.EVERY_SYMBOL)
                            ? lastTrades.keySet() : symbols;
                    ArrayNode batch = JSON.arrayNode();
                    for (String symbol : targets) {
                        Trade last = lastTrades.get(symbol);
                        if (last != null) {
                            batch.add(MarketDataMessages.quote(quoteAround(last, now)));
                        }
                    }
                    if (!batch.isEmpty()) {
                        send(session, batch);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("market-data heartbeat failed", e);
        }
    }

    private Quote quoteAround(Trade trade, Instant at) {
        Optional<BigDecimal> spread = config.market().quoteSpread();
        return Quote.around(trade, spread, at);
    }

    // ------------------------------------------------------------------ admin

    /** Closes every market-data connection now, as a network drop would (close code 1001, going away). */
    public int dropAll() {
        List<MarketDataSession> dropped = List.copyOf(sessions.values());
        sessions.clear();
        for (MarketDataSession session : dropped) {
            session.connection.close(DROPPED).subscribe().with(ok -> { }, e -> LOG.debug("close failed", e));
        }
        return dropped.size();
    }

    public int connectedSessions() {
        return sessions.size();
    }

    public int authenticatedSessions() {
        return (int) sessions.values().stream().filter(MarketDataSession::authenticated).count();
    }

    public List<SessionView> sessions() {
        return sessions.values().stream()
                .map(s -> new SessionView(s.connection.id(), s.feed, s.encoding.name().toLowerCase(java.util.Locale.ROOT),
                        s.authenticated(), s.connection.creationTime(), s.subscribed(Channel.TRADES),
                        s.subscribed(Channel.QUOTES), s.subscribed(Channel.BARS)))
                .sorted(java.util.Comparator.comparing(SessionView::connectedAt))
                .toList();
    }

    // ------------------------------------------------------------------ sending

    private void send(MarketDataSession session, JsonNode message) {
        if (!session.connection.isOpen()) {
            return;
        }
        sending(session, message).subscribe().with(ok -> { },
                e -> LOG.debugf("market-data send to %s failed: %s", session.connection.id(), e));
    }

    private static Uni<Void> sending(MarketDataSession session, JsonNode message) {
        return session.encoding == MarketDataEncoding.JSON
                ? session.connection.sendText(session.encoding.text(message))
                : session.connection.sendBinary(session.encoding.binary(message));
    }

    /** Sends the error, then closes: Alpaca ends sessions that time out, exceed a limit or lack the feed. */
    private void refuse(MarketDataSession session, StreamError error) {
        sessions.remove(session.connection.id());
        sending(session, MarketDataMessages.error(error))
                .onFailure().recoverWithNull()
                .chain(() -> session.connection.close(REFUSED))
                .subscribe().with(ok -> { }, e -> LOG.debugf("closing %s failed: %s", session.connection.id(), e));
    }
}
