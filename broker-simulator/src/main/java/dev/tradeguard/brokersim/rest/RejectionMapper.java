package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.domain.BrokerRejection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal leaves as Alpaca's {@code {"code":…, "message":…}} with Alpaca's status. */
public class RejectionMapper {

    @ServerExceptionMapper
    public Response rejection(BrokerRejection rejection) {
        return Response.status(rejection.httpStatus()).type(MediaType.APPLICATION_JSON)
                .entity(AlpacaJson.error(rejection)).build();
    }

    @ServerExceptionMapper
    public Response invalidArgument(IllegalArgumentException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(AlpacaJson.error(BrokerRejection.INVALID_INPUT, e.getMessage())).build();
    }
}
