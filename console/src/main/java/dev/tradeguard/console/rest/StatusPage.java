package dev.tradeguard.console.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradeguard.console.client.Service;
import dev.tradeguard.console.client.ServiceClient;
import dev.tradeguard.console.security.ConsoleRoles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Which services answer, and what in the console depends on each. */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(ConsoleRoles.VIEWER)
public class StatusPage {
    @Inject
    ServiceClient services;

    public record ServiceStatus(String name, boolean ready, String provides) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<ServiceStatus> services);
    }

    @GET
    public TemplateInstance page() {
        return Templates.page(Arrays.stream(Service.values()).parallel()
                .map(s -> new ServiceStatus(s.displayName(), services.ready(s), s.provides())).toList());
    }
}
