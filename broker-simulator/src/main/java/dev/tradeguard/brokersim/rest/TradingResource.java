package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.Asset;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.Execution;
import dev.tradeguard.brokersim.domain.MultiStatus;
import dev.tradeguard.brokersim.domain.OrderQuery;
import dev.tradeguard.brokersim.domain.OrderRequest;
import dev.tradeguard.brokersim.domain.PositionView;
import dev.tradeguard.brokersim.domain.SimOrder;
import dev.tradeguard.brokersim.service.AssetCatalog;
import dev.tradeguard.brokersim.service.FaultPlan;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.brokersim.service.OrderRequestLog;
import dev.tradeguard.brokersim.service.PaperBroker;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Alpaca Trading API v2, as paper-api.alpaca.markets serves it. */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
public class TradingResource {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final Instant ACCOUNT_CREATED = Instant.parse("2024-01-02T14:00:00Z");

    private final PaperBroker broker;
    private final FaultPlan faults;
    private final OrderRequestLog requestLog;
    private final ObjectMapper mapper;
    private final AssetCatalog assets;

    public TradingResource(PaperBroker broker, FaultPlan faults, OrderRequestLog requestLog, ObjectMapper mapper,
                           AssetCatalog assets) {
        this.broker = broker;
        this.faults = faults;
        this.requestLog = requestLog;
        this.mapper = mapper;
        this.assets = assets;
    }

    @GET
    @Path("/account")
    public ObjectNode account() {
        return AlpacaJson.account(broker.account(), ACCOUNT_CREATED);
    }

    @GET
    @Path("/clock")
    public ObjectNode clock() {
        Instant now = broker.now();
        NyseCalendar calendar = broker.calendar();
        ObjectNode node = JSON.objectNode();
        node.put("timestamp", newYork(now));
        node.put("is_open", calendar.isOpen(now));
        node.put("next_open", newYork(calendar.nextOpen(now)));
        node.put("next_close", newYork(calendar.nextClose(now)));
        return node;
    }

    @GET
    @Path("/calendar")
    public ArrayNode calendar(@QueryParam("start") String start, @QueryParam("end") String end) {
        NyseCalendar calendar = broker.calendar();
        LocalDate today = NyseCalendar.marketDate(broker.now());
        LocalDate from = orDefault(QueryParams.date(start, "start"), today.minusYears(1));
        LocalDate to = orDefault(QueryParams.date(end, "end"), today.plusYears(1));
        if (to.isBefore(from)) {
            throw BrokerRejection.invalid("end must not be before start");
        }
        if (from.getYear() < NyseCalendar.FIRST_YEAR || to.getYear() > NyseCalendar.LAST_YEAR) {
            throw BrokerRejection.invalid("the calendar covers " + NyseCalendar.FIRST_YEAR + " through "
                    + NyseCalendar.LAST_YEAR);
        }
        ArrayNode days = JSON.arrayNode();
        for (LocalDate day : calendar.tradingDays(from, to)) {
            ObjectNode node = days.addObject();
            node.put("date", day.toString());
            node.put("open", HOUR_MINUTE.format(NyseCalendar.OPEN));
            node.put("close", HOUR_MINUTE.format(calendar.close(day).atZone(NyseCalendar.NEW_YORK)));
            node.put("session_open", SESSION_TIME.format(NyseCalendar.PRE_MARKET_OPEN));
            node.put("session_close", SESSION_TIME.format(calendar.afterHoursClose(day).atZone(NyseCalendar.NEW_YORK)));
        }
        return days;
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.WILDCARD)
    public Response submit(String body) {
        Instant receivedAt = broker.now();
        JsonNode json;
        try {
            json = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            requestLog.record(receivedAt, null, body, 400, null, "malformed body");
            return Response.status(400).entity(AlpacaJson.error(40010000, "request body format is invalid")).build();
        }
        String clientOrderId = json != null && json.path("client_order_id").isTextual()
                ? json.path("client_order_id").asText() : null;
        if (json == null || json.isMissingNode()) {
            requestLog.record(receivedAt, null, body, 400, null, "empty body");
            return Response.status(400).entity(AlpacaJson.error(40010000, "request body format is invalid")).build();
        }
        try {
            OrderRequest request = OrderRequestParser.parseOrder(json);
            SimOrder order = broker.submit(request);
            if (faults.takeAcceptThenFail()) {
                requestLog.record(receivedAt, order.clientOrderId(), body, 500, order.id(),
                        "accepted, answered 500 (fault)");
                return Response.status(500)
                        .entity(AlpacaJson.error(BrokerRejection.INTERNAL, "internal server error")).build();
            }
            requestLog.record(receivedAt, order.clientOrderId(), body, 200, order.id(), order.status().wire());
            return Response.ok(AlpacaJson.order(order)).build();
        } catch (BrokerRejection rejection) {
            requestLog.record(receivedAt, clientOrderId, body, rejection.httpStatus(), null, rejection.getMessage());
            throw rejection;
        }
    }

    @GET
    @Path("/orders")
    public ArrayNode orders(@QueryParam("status") String status, @QueryParam("limit") String limit,
                            @QueryParam("after") String after, @QueryParam("until") String until,
                            @QueryParam("direction") String direction, @QueryParam("nested") String nested,
                            @QueryParam("symbols") String symbols) {
        String statusFilter = status == null || status.isBlank() ? "open" : status;
        if (!Set.of("open", "closed", "all").contains(statusFilter)) {
            throw BrokerRejection.invalid("invalid status: " + status);
        }
        OrderQuery query = new OrderQuery(statusFilter, QueryParams.integer(limit, "limit", 50, 1, 500),
                QueryParams.instant(after, "after"), QueryParams.instant(until, "until"),
                QueryParams.ascending(direction), QueryParams.bool(nested, "nested"), QueryParams.symbols(symbols));
        ArrayNode result = JSON.arrayNode();
        broker.orders(query).forEach(o -> result.add(AlpacaJson.order(o)));
        return result;
    }

    @GET
    @Path("/orders:by_client_order_id")
    public ObjectNode orderByClientOrderId(@QueryParam("client_order_id") String clientOrderId) {
        if (clientOrderId == null || clientOrderId.isBlank()) {
            throw BrokerRejection.invalid("client_order_id is required");
        }
        return broker.orderByClientOrderId(clientOrderId).map(AlpacaJson::order)
                .orElseThrow(() -> BrokerRejection.notFound("order not found"));
    }

    @GET
    @Path("/orders/{id}")
    public ObjectNode order(@PathParam("id") String id, @QueryParam("nested") String nested) {
        return broker.order(id, QueryParams.bool(nested, "nested")).map(AlpacaJson::order)
                .orElseThrow(() -> BrokerRejection.notFound("order not found"));
    }

    @PATCH
    @Path("/orders/{id}")
    @Consumes(MediaType.WILDCARD)
    public ObjectNode replace(@PathParam("id") String id, String body) {
        return AlpacaJson.order(broker.replace(id, OrderRequestParser.parseReplace(RequestBodies.object(mapper, body))));
    }

    @DELETE
    @Path("/orders/{id}")
    public Response cancel(@PathParam("id") String id) {
        broker.cancel(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/orders")
    public Response cancelAll() {
        ArrayNode result = JSON.arrayNode();
        for (MultiStatus status : broker.cancelAll()) {
            ObjectNode node = result.addObject();
            node.put("id", status.id());
            node.put("status", status.status());
            node.set("body", AlpacaJson.order(status.order()));
        }
        return Response.status(207).entity(result).build();
    }

    @GET
    @Path("/positions")
    public ArrayNode positions() {
        ArrayNode result = JSON.arrayNode();
        broker.positions().forEach(p -> result.add(position(p)));
        return result;
    }

    @GET
    @Path("/positions/{symbol}")
    public ObjectNode position(@PathParam("symbol") String symbol) {
        String key = symbolOf(symbol);
        return broker.position(key).map(this::position)
                .orElseThrow(() -> BrokerRejection.notFound("position does not exist"));
    }

    @DELETE
    @Path("/positions/{symbol}")
    public ObjectNode closePosition(@PathParam("symbol") String symbol, @QueryParam("qty") String qty,
                                    @QueryParam("percentage") String percentage) {
        return AlpacaJson.order(broker.closePosition(symbolOf(symbol), QueryParams.decimal(qty, "qty"),
                QueryParams.decimal(percentage, "percentage")));
    }

    @DELETE
    @Path("/positions")
    public Response closeAll(@QueryParam("cancel_orders") String cancelOrders) {
        ArrayNode result = JSON.arrayNode();
        for (MultiStatus status : broker.closeAll(QueryParams.bool(cancelOrders, "cancel_orders"))) {
            ObjectNode node = result.addObject();
            node.put("symbol", status.symbol());
            node.put("status", status.status());
            node.set("body", status.order() != null ? AlpacaJson.order(status.order())
                    : AlpacaJson.error(status.rejection()));
        }
        return Response.status(207).entity(result).build();
    }

    @GET
    @Path("/account/activities")
    public ArrayNode activities(@QueryParam("activity_types") String types, @QueryParam("date") String date,
                                @QueryParam("after") String after, @QueryParam("until") String until,
                                @QueryParam("direction") String direction, @QueryParam("page_size") String pageSize,
                                @QueryParam("page_token") String pageToken) {
        Set<String> wanted = QueryParams.symbols(types);
        boolean fills = wanted == null || wanted.contains("FILL");
        return activityPage(fills, date, after, until, direction, pageSize, pageToken);
    }

    @GET
    @Path("/account/activities/{type}")
    public ArrayNode activitiesOfType(@PathParam("type") String type, @QueryParam("date") String date,
                                      @QueryParam("after") String after, @QueryParam("until") String until,
                                      @QueryParam("direction") String direction,
                                      @QueryParam("page_size") String pageSize,
                                      @QueryParam("page_token") String pageToken) {
        return activityPage("FILL".equals(type.toUpperCase(Locale.ROOT)), date, after, until, direction, pageSize,
                pageToken);
    }

    private ArrayNode activityPage(boolean fills, String date, String after, String until, String direction,
                                   String pageSize, String pageToken) {
        ArrayNode result = JSON.arrayNode();
        if (!fills) {
            return result;
        }
        LocalDate day = QueryParams.date(date, "date");
        if (day != null && (after != null || until != null)) {
            throw BrokerRejection.invalid("date cannot be used with after or until");
        }
        Instant from = QueryParams.instant(after, "after");
        Instant to = QueryParams.instant(until, "until");
        boolean ascending = QueryParams.ascending(direction);
        int size = QueryParams.integer(pageSize, "page_size", 100, 1, 100);
        // Executions are booked in the order they happen, which also orders fills sharing a timestamp.
        List<Execution> executions = new ArrayList<>(broker.executions());
        if (!ascending) {
            Collections.reverse(executions);
        }
        boolean afterToken = pageToken == null || pageToken.isBlank();
        for (Execution e : executions) {
            if (!afterToken) {
                afterToken = AlpacaJson.activityId(e).equals(pageToken);
                continue;
            }
            Instant at = e.transactionTime();
            if ((day != null && !day.equals(NyseCalendar.marketDate(at)))
                    || (from != null && !at.isAfter(from)) || (to != null && !at.isBefore(to))) {
                continue;
            }
            result.add(AlpacaJson.fillActivity(e));
            if (result.size() == size) {
                break;
            }
        }
        return result;
    }

    private ObjectNode position(PositionView position) {
        return AlpacaJson.position(position, assets.find(position.symbol()).map(Asset::exchange).orElseThrow());
    }

    private String symbolOf(String symbolOrAssetId) {
        return assets.find(symbolOrAssetId).map(Asset::symbol).orElse(symbolOrAssetId.toUpperCase(Locale.ROOT));
    }

    private static String newYork(Instant instant) {
        // ISO_OFFSET_DATE_TIME always writes seconds, as RFC 3339 requires (OffsetDateTime.toString drops ":00").
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(NyseCalendar.NEW_YORK));
    }

    private static <T> T orDefault(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
