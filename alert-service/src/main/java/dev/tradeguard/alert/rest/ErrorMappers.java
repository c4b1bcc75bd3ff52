package dev.tradeguard.alert.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refusals into answers with a body that says what is wrong. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response refused(RequestException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(e.status(), e.getMessage(), e.violations())).build();
    }
}
