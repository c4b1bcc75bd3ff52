package dev.tradeguard.monitor.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tradeguard.model.validation.Violations;

/** Turns bad parameters into 400 answers that name every bad field. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(400, "invalid request: " + Violations.describe(e.violations()),
                        e.violations()))
                .build();
    }
}
