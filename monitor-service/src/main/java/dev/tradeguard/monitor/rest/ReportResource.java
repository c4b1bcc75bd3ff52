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
            return html ? Response.ok(ReportHtml.daily(daily, chartUrl(account, on, on)), MediaType.TEXT_HTML_TYPE)
                    .build()
                    : Response.ok(daily, MediaType.APPLICATION_JSON_TYPE).build();
        }
        PeriodReport report = kind.equals("weekly") ? reports.weekly(account, on) : reports.monthly(account, on);
        if (!html) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(ReportHtml.period(report, chartUrl(account, report.metrics().from(),
                report.metrics().to())), MediaType.TEXT_HTML_TYPE).build();
    }

    /** The chart's address relative to a report page: one day draws the intraday equity, a range the daily one. */
    private static String chartUrl(String account, LocalDate from, LocalDate to) {
        return "performance.png?account=" + java.net.URLEncoder.encode(account,
                java.nio.charset.StandardCharsets.UTF_8) + "&from=" + from + "&to=" + to;
    }

    @GET
    @Path("/performance.png")
    @Produces("image/png")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One day: the intraday equity and its drawdown from the day's high. A range of days: daily"
            + " equity vs SPY rebased to the first close, with the drawdown beneath")
    public Response chart(@BeanParam RangeQuery query) {
        Range range = Range.parse(performance, query);
        boolean oneDay = range.from().equals(range.to());
        String span = oneDay ? range.from().toString() : range.from() + " to " + range.to();
        String title = range.scope().label() + ", " + span;
        byte[] png = oneDay
                ? PerformanceChart.intraday(title, range.from(), performance.intradayCurve(range.scope(), range.from()))
                : PerformanceChart.daily(title, span,
                        performance.equityCurve(range.scope(), range.from(), range.to()),
                        performance.benchmarkCloses(range.from(), range.to()), config.benchmark().symbol());
        return Response.ok(png, "image/png").build();
    }
}
