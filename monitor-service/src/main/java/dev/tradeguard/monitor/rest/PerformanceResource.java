package dev.tradeguard.monitor.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.PerformanceMetrics;
import dev.tradeguard.monitor.domain.RecommendationOutcome;
import dev.tradeguard.monitor.domain.RoundTrip;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.monitor.service.Scope;
import dev.tradeguard.platform.security.Roles;

/** Metrics, trades, equity curve and recommendation outcomes of an account or strategy over any date range. */
@Path("/performance")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.VIEWER)
public class PerformanceResource {
    @Inject
    PerformanceService performance;

    @GET
    @Path("/metrics")
    @Operation(summary = "Every metric of docs/metrics.md; undefined ones carry their reason instead of a value")
    public PerformanceMetrics metrics(@BeanParam RangeQuery query) {
        return over(query, performance::metrics);
    }

    @GET
    @Path("/trades")
    @Operation(summary = "Round trips closed in the range (FIFO lots), with realized P&L and holding time")
    public List<RoundTrip> trades(@BeanParam RangeQuery query) {
        return over(query, performance::trades);
    }

    @GET
    @Path("/equity")
    @Operation(summary = "Daily closes (equity curve) of the account or strategy")
    public List<DailyValue> equity(@BeanParam RangeQuery query) {
        return over(query, performance::equityCurve);
    }

    @GET
    @Path("/recommendations")
    @Operation(summary = "For each recommendation in the range: traded or not, its result, stop or target hit")
    public List<RecommendationOutcome> recommendations(@BeanParam RangeQuery query) {
        return over(query, performance::outcomes);
    }

    /** A performance view over the validated range of the request. */
    @FunctionalInterface
    interface View<T> {
        T over(Scope scope, LocalDate from, LocalDate to);
    }

    private <T> T over(RangeQuery query, View<T> view) {
        Range range = Range.parse(performance, query);
        return view.over(range.scope(), range.from(), range.to());
    }
}
