package dev.tradeguard.monitor.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.PerformanceMetrics;
import dev.tradeguard.monitor.domain.RecommendationOutcome;
import dev.tradeguard.monitor.domain.RoundTrip;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.platform.security.Roles;

/** Metrics, trades, equity curve and recommendation outcomes of an account or strategy over any date range. */
@Path("/performance")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class PerformanceResource {
    @Inject
    PerformanceService performance;

    @GET
    @Path("/metrics")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every metric of docs/metrics.md; undefined ones carry their reason instead of a value")
    public PerformanceMetrics metrics(@QueryParam("account") String account, @QueryParam("strategy") String strategy,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Range range = Range.parse(performance, account, strategy, from, to);
        return performance.metrics(range.scope(), range.from(), range.to());
    }

    @GET
    @Path("/trades")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Round trips closed in the range (FIFO lots), with realized P&L and holding time")
    public List<RoundTrip> trades(@QueryParam("account") String account, @QueryParam("strategy") String strategy,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Range range = Range.parse(performance, account, strategy, from, to);
        return performance.trades(range.scope(), range.from(), range.to());
    }

    @GET
    @Path("/equity")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Daily closes (equity curve) of the account or strategy")
    public List<DailyValue> equity(@QueryParam("account") String account, @QueryParam("strategy") String strategy,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Range range = Range.parse(performance, account, strategy, from, to);
        return performance.equityCurve(range.scope(), range.from(), range.to());
    }

    @GET
    @Path("/recommendations")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "For each recommendation in the range: traded or not, its result, stop or target hit")
    public List<RecommendationOutcome> recommendations(@QueryParam("account") String account,
            @QueryParam("strategy") String strategy, @QueryParam("from") String from, @QueryParam("to") String to) {
        Range range = Range.parse(performance, account, strategy, from, to);
        return performance.outcomes(range.scope(), range.from(), range.to());
    }
}
