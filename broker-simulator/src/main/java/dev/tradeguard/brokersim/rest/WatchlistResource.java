package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.Watchlist;
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
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;

/** Alpaca's watchlists by id; {@link WatchlistByNameResource} addresses them by name. */
@Path("/v2/watchlists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class WatchlistResource {

    private static final Set<String> WATCHLIST_FIELDS = Set.of("name", "symbols");
    private static final Set<String> ADD_FIELDS = Set.of("symbol");

    private final Watchlists watchlists;
    private final ObjectMapper mapper;

    public WatchlistResource(Watchlists watchlists, ObjectMapper mapper) {
        this.watchlists = watchlists;
        this.mapper = mapper;
    }

    @GET
    public ArrayNode all() {
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        watchlists.all().forEach(w -> result.add(AlpacaJson.watchlist(w, null)));
        return result;
    }

    @POST
    public ObjectNode create(String body) {
        JsonNode json = body(body, WATCHLIST_FIELDS);
        List<String> symbols = RequestBodies.texts(json, "symbols");
        return json(watchlists.create(RequestBodies.text(json, "name"), symbols == null ? List.of() : symbols));
    }

    @GET
    @Path("/{id}")
    public ObjectNode get(@PathParam("id") String id) {
        return json(watchlists.get(id));
    }

    @PUT
    @Path("/{id}")
    public ObjectNode update(@PathParam("id") String id, String body) {
        JsonNode json = body(body, WATCHLIST_FIELDS);
        return json(watchlists.update(id, RequestBodies.text(json, "name"), RequestBodies.texts(json, "symbols")));
    }

    @POST
    @Path("/{id}")
    public ObjectNode add(@PathParam("id") String id, String body) {
        return json(watchlists.add(id, symbol(body)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        watchlists.delete(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/{symbol}")
    public ObjectNode remove(@PathParam("id") String id, @PathParam("symbol") String symbol) {
        return json(watchlists.remove(id, symbol));
    }

    JsonNode body(String body, Set<String> fields) {
        JsonNode json = RequestBodies.object(mapper, body);
        RequestBodies.onlyFields(json, fields);
        return json;
    }

    String symbol(String body) {
        String symbol = RequestBodies.text(body(body, ADD_FIELDS), "symbol");
        if (symbol == null || symbol.isBlank()) {
            throw BrokerRejection.invalid("symbol is required");
        }
        return symbol;
    }

    private ObjectNode json(Watchlist watchlist) {
        return AlpacaJson.watchlist(watchlist, symbol -> watchlists.asset(symbol));
    }
}
