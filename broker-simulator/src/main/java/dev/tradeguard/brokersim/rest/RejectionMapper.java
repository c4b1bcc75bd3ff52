package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as Alpaca's {@code {"code":…, "message":…}}: refusals with Alpaca's status and code, and what the
 * framework answers itself (no such route, wrong method, unacceptable media type, an unreadable body, a bug) with its
 * status and the code Alpaca derives from it (status followed by 10000: 404 → 40410000).
 */
public class RejectionMapper {

    private static final Logger LOG = Logger.getLogger(RejectionMapper.class);

    @ServerExceptionMapper
    public Response rejection(BrokerRejection rejection) {
        return json(rejection.httpStatus(), AlpacaJson.error(rejection));
    }

    @ServerExceptionMapper
    public Response invalidArgument(IllegalArgumentException e) {
        return json(422, AlpacaJson.error(BrokerRejection.INVALID_INPUT, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        return json(400, AlpacaJson.error(RequestBodies.MALFORMED, "request body format is invalid"));
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        String route = request.getMethod() + " " + request.getUriInfo().getPath();
        String message = switch (status) {
            case 404 -> "endpoint not found: " + route;
            case 405 -> "method not allowed: " + route;
            default -> Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase(java.util.Locale.ROOT)
                    + ": " + route
                    : "request failed: " + route;
        };
        return json(status, AlpacaJson.error(codeFor(status), message));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.errorf(e, "unexpected failure answering %s %s", request.getMethod(), request.getUriInfo().getPath());
        return json(500, AlpacaJson.error(BrokerRejection.INTERNAL, "internal server error"));
    }

    static int codeFor(int status) {
        return status * 100_000 + 10_000;
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
