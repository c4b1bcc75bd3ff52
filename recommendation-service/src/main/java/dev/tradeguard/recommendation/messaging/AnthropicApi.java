package dev.tradeguard.recommendation.messaging;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * Anthropic's Messages API. Bodies travel as JSON text: the request is built as a tree and the response kept byte
 * for byte for the audit trail before it is read.
 */
@RegisterRestClient(configKey = "anthropic")
@Path("/v1/messages")
public interface AnthropicApi {
    String NAME = "Anthropic Messages API";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    String createMessage(@HeaderParam("x-api-key") String apiKey,
            @HeaderParam("anthropic-version") String version, String body);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return UpstreamException.of(NAME, response);
    }
}
