package dev.tradeguard.console.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tradeguard.console.client.ServiceDownException;
import dev.tradeguard.console.client.ServiceRefusedException;
import dev.tradeguard.console.config.ConsoleConfig;
import dev.tradeguard.console.domain.DailyReport;
import dev.tradeguard.console.security.ConsoleRoles;
import dev.tradeguard.console.service.Loaded;
import dev.tradeguard.console.service.TradingDay;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The trading day of an account: positions with live P&L, orders and fills, alerts, report, chart, go-live gate. */
@Path("/day")
@RolesAllowed(ConsoleRoles.VIEWER)
public class DayPage {
    @Inject
    TradingDay days;

    @Inject
    ConsoleConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Loaded<List<String>> accounts, TradingDay.Day day, long refreshMillis);

        /** Positions and the day's P&L: what the open page refreshes. */
        static native TemplateInstance page$live(Loaded<DailyReport> report);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("account") String account) {
        Loaded<List<String>> accounts = days.accounts();
        String chosen = account != null && !account.isBlank() ? account.strip()
                : accounts.failed() || accounts.value().isEmpty() ? null : accounts.value().get(0);
        return Templates.page(accounts, chosen == null ? null : days.day(chosen), config.refreshInterval().toMillis());
    }

    @GET
    @Path("/live")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance live(@QueryParam("account") String account) {
        return Templates.page$live(days.report(account));
    }

    @GET
    @Path("/chart.png")
    @Produces("image/png")
    public Response chart(@QueryParam("account") String account) {
        try {
            return Response.ok(days.chart(account), "image/png").build();
        } catch (ServiceDownException | ServiceRefusedException e) {
            return Response.status(503).type(MediaType.TEXT_PLAIN).entity(e.getMessage()).build();
        }
    }
}
