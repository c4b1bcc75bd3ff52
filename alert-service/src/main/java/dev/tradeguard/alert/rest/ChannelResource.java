package dev.tradeguard.alert.rest;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.logging.Logger;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ChannelState;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.messaging.AlertChannel;
import dev.tradeguard.alert.messaging.DeliveryException;
import dev.tradeguard.alert.service.ChannelRegistry;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/channels")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ChannelResource {
    private static final Logger LOG = Logger.getLogger(ChannelResource.class);

    @Inject
    ChannelRegistry channels;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /** The answer of a channel test. */
    public record TestResult(String channel, boolean delivered, String message) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every channel: live, or disabled and why (never its credentials)")
    public List<ChannelState> list() {
        return channels.states();
    }

    @POST
    @Path("/{channel}/test")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sends a test message on the channel now: the guide's 'verify notifications working'")
    public TestResult test(@PathParam("channel") String channelName) {
        ChannelName name = ChannelName.parse(channelName).orElseThrow(() -> new RequestException(404,
                "no channel '" + channelName + "'",
                List.of(new Violation("channel", "must be one of " + List.of(ChannelName.values()).stream()
                        .map(ChannelName::id).toList()))));
        AlertChannel channel = channels.get(name);
        if (!channel.enabled()) {
            throw new RequestException(409, name.id() + " is disabled: " + channel.disabledReason().orElse(""),
                    List.of(new Violation("channel", "disabled")));
        }
        if (!channels.limit(name).tryAcquire()) {
            throw new RequestException(429, name.id() + " is at its rate limit; try again in a second", List.of());
        }
        String requestedBy = identity.getPrincipal().getName();
        LOG.infof("Test message on %s requested by %s", name.id(), requestedBy);
        try {
            channel.send(ReceivedAlert.testMessage(requestedBy, clock.instant()));
        } catch (DeliveryException e) {
            throw new RequestException(502, name.id() + " did not take the test message: " + e.getMessage(),
                    List.of());
        }
        return new TestResult(name.id(), true, "test message delivered to " + name.id());
    }
}
