package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.Asset;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.messaging.MarketDataHub;
import dev.tradeguard.brokersim.messaging.StreamHub;
import dev.tradeguard.brokersim.service.BrokerSettings;
import dev.tradeguard.brokersim.service.FaultPlan;
import dev.tradeguard.brokersim.service.OrderRequestLog;
import dev.tradeguard.brokersim.service.PaperBroker;
import dev.tradeguard.brokersim.service.RateLimiter;
import dev.tradeguard.brokersim.service.Watchlists;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Control of the simulator for tests and demos. Not part of Alpaca's API and not behind its key check: the simulator
 * is a local tool, so bind it to 127.0.0.1 (the default) when it runs on a shared machine.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final java.util.Set<String> ASSET_FLAGS = java.util.Set.of("status", "tradable", "marginable",
            "shortable", "easy_to_borrow", "fractionable");

    private final PaperBroker broker;
    private final FaultPlan faults;
    private final OrderRequestLog requestLog;
    private final RateLimiter rateLimiter;
    private final StreamHub streams;
    private final MarketDataHub marketData;
    private final Watchlists watchlists;

    public AdminResource(PaperBroker broker, FaultPlan faults, OrderRequestLog requestLog, RateLimiter rateLimiter,
                         StreamHub streams, MarketDataHub marketData, Watchlists watchlists) {
        this.broker = broker;
        this.faults = faults;
        this.requestLog = requestLog;
        this.rateLimiter = rateLimiter;
        this.streams = streams;
        this.marketData = marketData;
        this.watchlists = watchlists;
    }

    /**
     * Starts over. Optional fields: start (RFC 3339), speed, cash, multiplier, shorting_enabled,
     * partial_fill_probability; absent ones come from the configuration.
     */
    @POST
    @Path("/reset")
    public ObjectNode reset(JsonNode body) {
        JsonNode spec = body == null ? JSON.objectNode() : body;
        BrokerSettings base = broker.initialSettings();
        BrokerSettings settings = new BrokerSettings(base.accountId(),
                decimal(spec, "cash", base.initialCash()),
                spec.path("multiplier").asInt(base.multiplier()),
                spec.path("shorting_enabled").asBoolean(base.shortingEnabled()),
                spec.path("partial_fill_probability").asDouble(base.partialFillProbability()),
                base.seed(), base.patternDayTraderMinimumEquity());
        Instant start = spec.hasNonNull("start") ? QueryParams.instant(spec.get("start").asText(), "start")
                : broker.now();
        double speed = spec.path("speed").asDouble(broker.clock().speed());
        broker.reset(start, speed, settings);
        faults.clear();
        requestLog.clear();
        watchlists.clear();
        return clock();
    }

    @PUT
    @Path("/prices/{symbol}")
    public ObjectNode setPrice(@PathParam("symbol") String symbol, JsonNode body) {
        BigDecimal price = body == null ? null : decimal(body, "price", null);
        if (price == null) {
            throw BrokerRejection.invalid("price is required");
        }
        String key = symbol.toUpperCase(Locale.ROOT);
        broker.setPrice(key, price);
        ObjectNode node = JSON.objectNode();
        node.put("symbol", key);
        node.put("price", broker.lastPrice(key).toPlainString());
        node.put("at", broker.lastPriceAt(key).toString());
        return node;
    }

    /**
     * Changes an asset's flags until the next reset: {@code status} (active, inactive), {@code tradable},
     * {@code marginable}, {@code shortable}, {@code easy_to_borrow}, {@code fractionable}; absent ones stay. Orders are
     * refused accordingly: not tradable (or inactive) 422, a short of a non-shortable or hard-to-borrow asset 403, a
     * fractional or notional order of a non-fractionable one 422.
     */
    @PUT
    @Path("/assets/{symbol}")
    public ObjectNode changeAsset(@PathParam("symbol") String symbol, JsonNode body) {
        JsonNode spec = body == null ? JSON.objectNode() : body;
        RequestBodies.onlyFields(spec, ASSET_FLAGS);
        String status = RequestBodies.text(spec, "status");
        if (status != null && !status.equals("active") && !status.equals("inactive")) {
            throw BrokerRejection.invalid("status must be active or inactive, got " + status);
        }
        return AlpacaJson.asset(broker.assets().change(symbol, a -> new Asset(a.id(), a.symbol(), a.name(),
                a.exchange(), status == null ? a.active() : status.equals("active"),
                flag(spec, "tradable", a.tradable()), flag(spec, "marginable", a.marginable()),
                flag(spec, "shortable", a.shortable()), flag(spec, "easy_to_borrow", a.easyToBorrow()),
                flag(spec, "fractionable", a.fractionable()))));
    }

    private static boolean flag(JsonNode spec, String field, boolean current) {
        Boolean value = RequestBodies.bool(spec, field);
        return value != null ? value : current;
    }

    /**
     * The simulated now, its speed, whether it is frozen (speed 0: only an advance moves it) and its generation, which
     * changes on every reset, advance and speed change: what a service following this clock
     * ({@code tradeguard.clock.follow}) needs to extrapolate between reads and to notice a jump.
     */
    @GET
    @Path("/clock")
    public ObjectNode clock() {
        // The generation first: a jump between the two reads then shows as a new generation at the next read.
        long generation = broker.clock().generation();
        Instant now = broker.now();
        double speed = broker.clock().speed();
        ObjectNode node = JSON.objectNode();
        node.put("now", now.toString());
        node.put("speed", speed);
        node.put("frozen", speed == 0);
        node.put("generation", generation);
        node.put("is_open", broker.calendar().isOpen(now));
        return node;
    }

    /** Moves the clock forward by {@code seconds} (or to {@code to}), running every bar in between. */
    @POST
    @Path("/clock/advance")
    public ObjectNode advance(JsonNode body) {
        Duration step;
        if (body != null && body.hasNonNull("to")) {
            Instant to = QueryParams.instant(body.get("to").asText(), "to");
            step = Duration.between(broker.now(), to);
        } else if (body != null && body.hasNonNull("seconds")) {
            step = Duration.ofMillis(Math.round(body.get("seconds").asDouble() * 1000));
        } else {
            throw BrokerRejection.invalid("seconds or to is required");
        }
        if (step.isNegative()) {
            throw BrokerRejection.invalid("the clock cannot go backwards");
        }
        broker.advance(step);
        return clock();
    }

    /** Sets the speed: 0 = stepped, 1 = real time, N = N times faster. */
    @PUT
    @Path("/clock")
    public ObjectNode setSpeed(JsonNode body) {
        if (body == null || !body.path("speed").isNumber() || body.path("speed").asDouble() < 0) {
            throw BrokerRejection.invalid("speed is required and must be >= 0");
        }
        broker.catchUp();
        broker.clock().setSpeed(body.path("speed").asDouble());
        return clock();
    }

    /**
     * Replaces the fault plan: delay_ms, fail_next_requests, accept_then_fail_next_orders, reject_next_orders,
     * unstreamed_next_fills (fills that happen but are not sent on /stream), market_data_paused (absent ones are
     * cleared).
     */
    @PUT
    @Path("/faults")
    public ObjectNode setFaults(JsonNode body) {
        JsonNode spec = body == null ? JSON.objectNode() : body;
        long delay = spec.path("delay_ms").asLong(0);
        int fail = spec.path("fail_next_requests").asInt(0);
        int acceptThenFail = spec.path("accept_then_fail_next_orders").asInt(0);
        int reject = spec.path("reject_next_orders").asInt(0);
        int unstreamedFills = spec.path("unstreamed_next_fills").asInt(0);
        if (delay < 0 || fail < 0 || acceptThenFail < 0 || reject < 0 || unstreamedFills < 0) {
            throw BrokerRejection.invalid("fault counts and delay_ms must be >= 0");
        }
        faults.set(Duration.ofMillis(delay), fail, acceptThenFail);
        faults.setUnstreamedNextFills(unstreamedFills);
        faults.setMarketDataPaused(spec.path("market_data_paused").asBoolean(false));
        broker.rejectNextOrders(reject);
        return faultState(reject);
    }

    @DELETE
    @Path("/faults")
    public ObjectNode clearFaults() {
        faults.clear();
        broker.rejectNextOrders(0);
        return faultState(0);
    }

    /** Closes every /stream connection now, as a network drop would. */
    @POST
    @Path("/stream/drop")
    public ObjectNode dropStream() {
        return dropped(streams.dropAll());
    }

    /**
     * The market-data stream: whether it is paused, how many sessions are connected and authenticated, and what each
     * subscribed to, so a test can wait for "subscribed to AAPL" instead of sleeping.
     */
    @GET
    @Path("/market-data")
    public ObjectNode marketDataState() {
        ObjectNode node = JSON.objectNode();
        node.put("paused", faults.marketDataPaused());
        node.put("connected", marketData.connectedSessions());
        node.put("authenticated", marketData.authenticatedSessions());
        ArrayNode sessions = node.putArray("sessions");
        for (MarketDataHub.SessionView view : marketData.sessions()) {
            ObjectNode session = sessions.addObject();
            session.put("id", view.id());
            session.put("feed", view.feed());
            session.put("encoding", view.encoding());
            session.put("authenticated", view.authenticated());
            session.put("connected_at", view.connectedAt().toString());
            view.trades().forEach(session.putArray("trades")::add);
            view.quotes().forEach(session.putArray("quotes")::add);
            view.bars().forEach(session.putArray("bars")::add);
        }
        return node;
    }

    /** Closes every market-data connection now, as a network drop would. */
    @POST
    @Path("/market-data/drop")
    public ObjectNode dropMarketData() {
        return dropped(marketData.dropAll());
    }

    /** Stops sending trades, quotes and bars (connections stay open, control messages are still answered). */
    @POST
    @Path("/market-data/pause")
    public ObjectNode pauseMarketData() {
        faults.setMarketDataPaused(true);
        return marketDataState();
    }

    @POST
    @Path("/market-data/resume")
    public ObjectNode resumeMarketData() {
        faults.setMarketDataPaused(false);
        return marketDataState();
    }

    @GET
    @Path("/stream")
    public ObjectNode streamState() {
        ObjectNode node = JSON.objectNode();
        node.put("connected", streams.connectedClients());
        node.put("listening", streams.listeningClients());
        return node;
    }

    @PUT
    @Path("/rate-limit")
    public ObjectNode setRateLimit(JsonNode body) {
        int perMinute = body == null ? 0 : body.path("requests_per_minute").asInt(0);
        if (perMinute < 1) {
            throw BrokerRejection.invalid("requests_per_minute must be >= 1");
        }
        rateLimiter.setLimit(perMinute);
        ObjectNode node = JSON.objectNode();
        node.put("requests_per_minute", rateLimiter.limit());
        return node;
    }

    /** Every POST /v2/orders received since the last reset, oldest first. */
    @GET
    @Path("/order-requests")
    public ArrayNode orderRequests() {
        ArrayNode result = JSON.arrayNode();
        for (OrderRequestLog.Entry entry : requestLog.entries()) {
            ObjectNode node = result.addObject();
            node.put("sequence", entry.sequence());
            node.put("received_at", entry.receivedAt().toString());
            node.put("simulated_at", entry.simulatedAt().toString());
            node.put("client_order_id", entry.clientOrderId());
            node.put("http_status", entry.httpStatus());
            node.put("order_id", entry.orderId());
            node.put("outcome", entry.outcome());
            node.put("body", entry.body());
        }
        return result;
    }

    private ObjectNode faultState(int reject) {
        ObjectNode node = JSON.objectNode();
        node.put("delay_ms", faults.delay().toMillis());
        node.put("fail_next_requests", faults.failNextRequests());
        node.put("accept_then_fail_next_orders", faults.acceptThenFailNextOrders());
        node.put("reject_next_orders", reject);
        node.put("unstreamed_next_fills", faults.unstreamedNextFills());
        node.put("market_data_paused", faults.marketDataPaused());
        return node;
    }

    private static BigDecimal decimal(JsonNode node, String field, BigDecimal fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw BrokerRejection.invalid("invalid " + field + ": " + value.asText());
        }
    }

    private static ObjectNode dropped(int connections) {
        ObjectNode node = JSON.objectNode();
        node.put("dropped", connections);
        return node;
    }
}
