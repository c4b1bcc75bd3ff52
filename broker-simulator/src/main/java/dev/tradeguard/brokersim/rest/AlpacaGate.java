package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.config.SimulatorConfig;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.service.FaultPlan;
import dev.tradeguard.brokersim.service.RateLimiter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What stands in front of every Alpaca path (/v2/…): the API key pair, the per-key rate limit with Alpaca's headers,
 * then injected faults (delay, 500). The admin API and health endpoints are not behind it.
 */
public class AlpacaGate {

    static final String KEY_HEADER = "APCA-API-KEY-ID";
    static final String SECRET_HEADER = "APCA-API-SECRET-KEY";
    private static final String DECISION = "broker-simulator.rate-limit";

    private final SimulatorConfig config;
    private final RateLimiter rateLimiter;
    private final FaultPlan faults;

    public AlpacaGate(SimulatorConfig config, RateLimiter rateLimiter, FaultPlan faults) {
        this.config = config;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> gate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/v2/") && !path.equals("/v2")) {
            return Uni.createFrom().nullItem();
        }
        String key = request.getHeaderString(KEY_HEADER);
        String secret = request.getHeaderString(SECRET_HEADER);
        if (!matches(key, config.keyId()) || !matches(secret, config.secretKey())) {
            return Uni.createFrom().item(json(401,
                    AlpacaJson.error(BrokerRejection.UNAUTHORIZED, "request is not authorized")).build());
        }
        RateLimiter.Decision decision = rateLimiter.take(key);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            Response.ResponseBuilder tooMany = json(429,
                    AlpacaJson.error(BrokerRejection.RATE_LIMITED, "rate limit exceeded"));
            return Uni.createFrom().item(withRateHeaders(tooMany, decision).build());
        }
        Duration delay = faults.delay();
        Uni<Void> afterDelay = delay.isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(delay);
        return afterDelay.map(ignored -> {
            if (faults.takeRequestFailure()) {
                return withRateHeaders(json(500, AlpacaJson.error(BrokerRejection.INTERNAL, "internal server error")),
                        decision).build();
            }
            return null;
        });
    }

    @ServerResponseFilter
    public void rateHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision
                && !response.getHeaders().containsKey("X-RateLimit-Limit")) {
            response.getHeaders().putSingle("X-RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("X-RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("X-RateLimit-Reset", decision.resetEpochSecond());
        }
    }

    private static Response.ResponseBuilder withRateHeaders(Response.ResponseBuilder builder,
                                                            RateLimiter.Decision decision) {
        return builder.header("X-RateLimit-Limit", decision.limit())
                .header("X-RateLimit-Remaining", decision.remaining())
                .header("X-RateLimit-Reset", decision.resetEpochSecond());
    }

    private static Response.ResponseBuilder json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
    }

    /** Constant-time comparison, so the simulator does not teach timing attacks against key checks. */
    static boolean matches(String given, String expected) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
