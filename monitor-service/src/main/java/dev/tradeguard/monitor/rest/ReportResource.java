package dev.tradeguard.monitor.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.report.PerformanceChart;
import dev.tradeguard.monitor.report.PeriodReport;
import dev.tradeguard.monitor.report.ReportHtml;
import dev.tradeguard.monitor.report.ReportService;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.platform.security.Roles;

/** The daily summary and the weekly and monthly reviews, as JSON or HTML, and the performance chart as PNG. */
@Path("/reports")
@SecurityRequirement(name = "SecurityScheme")
public class ReportResource {
    static final String HTML = "html";

    @Inject
    ReportService reports;

    @Inject
    PerformanceService performance;

    @Inject
    MonitorConfig config;

    @GET
    @Path("/{kind}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "daily, weekly or monthly report of the account for the date (default today);"
            + " format=html for a page")
    public Response report(@PathParam("kind") String kind, @QueryParam("account") String account,
            @QueryParam("date") String date, @QueryParam("format") String format) {
        Violations violations = new Violations();
        if (!List.of("daily", "weekly", "monthly").contains(kind)) {
            violations.add("kind", "must be daily, weekly or monthly");
        }
        if (Range.blank(account)) {
            violations.add("account", "is required");
        }
        if (format != null && !format.equals(HTML) && !format.equals("json")) {
            violations.add("format", "must be json or html");
        }
        LocalDate day = Range.date(violations, "date", date);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.toList());
        }
        LocalDate on = day != null ? day : performance.today();
        boolean html = HTML.equals(format);
        if (kind.equals("daily")) {
            var daily = reports.daily(account, on);
            return html ? Response.ok(ReportHtml.daily(daily), MediaType.TEXT_HTML_TYPE).build()
                    : Response.ok(daily, MediaType.APPLICATION_JSON_TYPE).build();
        }
        PeriodReport report = kind.equals("weekly") ? reports.weekly(account, on) : reports.monthly(account, on);
        if (!html) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String chart = "performance.png?account=" + java.net.URLEncoder.encode(account,
                java.nio.charset.StandardCharsets.UTF_8) + "&from=" + report.metrics().from() + "&to="
                + report.metrics().to();
        return Response.ok(ReportHtml.period(report, chart), MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("/performance.png")
    @Produces("image/png")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Equity curve vs SPY (both rebased to 100) with the drawdown beneath")
    public Response chart(@BeanParam RangeQuery query) {
        Range range = Range.parse(performance, query);
        byte[] png = PerformanceChart.png(range.scope().label() + ": " + range.from() + " to " + range.to(),
                performance.equityCurve(range.scope(), range.from(), range.to()),
                performance.benchmarkCloses(range.from(), range.to()), config.benchmark().symbol());
        return Response.ok(png, "image/png").build();
    }
}
