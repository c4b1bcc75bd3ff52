package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.service.Watchlists;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /v2/watchlists:by_name?name=}: the same operations as by id, on the watchlist of that name (a path beside
 * {@code /v2/watchlists}, not under it, hence its own resource).
 */
@Path("/v2/watchlists:by_name")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class WatchlistByNameResource {

    private final Watchlists watchlists;
    private final WatchlistResource byId;

    public WatchlistByNameResource(Watchlists watchlists, WatchlistResource byId) {
        this.watchlists = watchlists;
        this.byId = byId;
    }

    @GET
    public ObjectNode get(@QueryParam("name") String name) {
        return byId.get(idOf(name));
    }

    @PUT
    public ObjectNode update(@QueryParam("name") String name, String body) {
        return byId.update(idOf(name), body);
    }

    @POST
    public ObjectNode add(@QueryParam("name") String name, String body) {
        return byId.add(idOf(name), body);
    }

    @DELETE
    public Response delete(@QueryParam("name") String name) {
        return byId.delete(idOf(name));
    }

    private String idOf(String name) {
        if (name == null || name.isBlank()) {
            throw BrokerRejection.invalid("name is required");
        }
        return watchlists.byName(name).id();
    }
}
