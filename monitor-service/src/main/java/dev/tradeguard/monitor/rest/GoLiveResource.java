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

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.monitor.domain.GoLiveReport;
import dev.tradeguard.monitor.service.GoLiveService;
import dev.tradeguard.platform.security.Roles;

@Path("/readiness/go-live")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class GoLiveResource {
    @Inject
    GoLiveService goLive;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The guide's go-live checklist for the account: each criterion PASS/FAIL/UNKNOWN and GO or"
            + " NO_GO")
    public GoLiveReport evaluate(@QueryParam("account") String account) {
        if (Range.blank(account)) {
            throw new InvalidRequestException(List.of(new Violation("account", "is required")));
        }
        return goLive.evaluate(account);
    }
}
