package dev.tradeguard.execution.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tradeguard.model.validation.Violation;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of every 4xx/5xx answer: what is wrong, naming each field. */
@RegisterForReflection
public record ErrorBody(int status, String message, List<Violation> violations) {

    static Response response(int status, String message, List<Violation> violations) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(status, message, violations)).build();
    }
}
