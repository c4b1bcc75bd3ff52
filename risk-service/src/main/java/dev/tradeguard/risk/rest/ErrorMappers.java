package dev.tradeguard.risk.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.risk.service.ApprovalException;

/** Turns refusals into 4xx answers with a body that says what is wrong. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response approval(ApprovalException e) {
        return body(e.status(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return body(400, "invalid request: " + dev.tradeguard.model.validation.Violations.describe(e.violations()),
                e.violations());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return body(400, "malformed JSON: " + e.getOriginalMessage(), List.of());
    }

    static Response body(int status, String message, List<Violation> violations) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(status, message, violations)).build();
    }
}
