package dev.tradeguard.recommendation.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tradeguard.recommendation.domain.ResearchBusyException;
import dev.tradeguard.recommendation.domain.ResearchUnavailableException;

public class ResearchExceptionMappers {
    @ServerExceptionMapper
    public Response unavailable(ResearchUnavailableException exception) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(exception.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response busy(ResearchBusyException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(exception.getMessage())).build();
    }
}
