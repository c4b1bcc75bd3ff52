package dev.tradeguard.alert.messaging;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An incoming webhook (Slack, Discord): a JSON POST to the webhook URL itself, which is the client's base URI. */
public interface WebhookApi {
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response post(Map<String, Object> message);
}
