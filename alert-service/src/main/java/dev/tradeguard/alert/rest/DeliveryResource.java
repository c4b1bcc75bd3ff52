package dev.tradeguard.alert.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.platform.security.Roles;

@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class DeliveryResource {
    private static final int MAX_LIMIT = 1000;

    @Inject
    DeliveryRepository deliveries;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The delivery log, newest first: status, attempts and last error per (alert, channel)")
    public List<Delivery> search(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("account") String account, @QueryParam("channel") String channel,
            @QueryParam("limit") String limit) {
        List<Violation> violations = new ArrayList<>();
        DeliveryStatus statusFilter = parse("status", status, DeliveryStatus::valueOf, DeliveryStatus.values(),
                violations);
        AlertType typeFilter = parse("type", type, AlertType::valueOf, AlertType.values(), violations);
        ChannelName channelFilter = null;
        if (channel != null && !channel.isBlank()) {
            channelFilter = ChannelName.parse(channel).orElse(null);
            if (channelFilter == null) {
                violations.add(new Violation("channel", "must be one of "
                        + Arrays.stream(ChannelName.values()).map(ChannelName::id).toList()));
            }
        }
        int rows = 100;
        if (limit != null && !limit.isBlank()) {
            try {
                rows = Integer.parseInt(limit.trim());
                if (rows < 1 || rows > MAX_LIMIT) {
                    violations.add(new Violation("limit", "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                violations.add(new Violation("limit", "must be a whole number"));
            }
        }
        if (!violations.isEmpty()) {
            throw RequestException.invalid(violations);
        }
        return deliveries.search(statusFilter, typeFilter, account == null || account.isBlank() ? null : account,
                channelFilter, rows);
    }

    private static <E extends Enum<E>> E parse(String field, String text, Function<String, E> valueOf, E[] values,
            List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf.apply(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "must be one of " + Arrays.toString(values)));
            return null;
        }
    }
}
