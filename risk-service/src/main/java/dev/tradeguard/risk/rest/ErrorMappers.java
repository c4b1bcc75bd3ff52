package dev.tradeguard.risk.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.risk.service.ApprovalException;
import dev.tradeguard.risk.service.CapitalRefusedException;

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
    public Response capitalRefused(CapitalRefusedException e) {
        return body(422, e.getMessage(), List.of(new Violation(e.field(), e.getMessage())));
    }

    /**
     * A value of the wrong type ("capital": "abc") names the field it was meant for. Mapped by its own type so it
     * wins over Quarkus's built-in mapper of mismatched input, which answers in another shape than {@link ErrorBody}.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return body(400, "malformed JSON: " + field + ": " + e.getOriginalMessage(),
                    List.of(new Violation(field, e.getOriginalMessage())));
        }
        return body(400, "malformed JSON: " + e.getOriginalMessage(), List.of());
    }

    static Response body(int status, String message, List<Violation> violations) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(status, message, violations)).build();
    }
}
