package dev.tradeguard.recommendation.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import dev.tradeguard.recommendation.repository.ResearchRepository;
import dev.tradeguard.recommendation.service.ResearchGenerator;

@Path("/research")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ResearchResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    ResearchGenerator generator;

    @Inject
    ResearchRepository runs;

    @POST
    @Path("/run")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run the AI research of one strategy now and wait for it",
            description = "200 with the finished run: COMPLETED (its published and rejected ideas) or FAILED (why;"
                    + " an alert was raised, nothing was published). 400 for an unknown strategy, 409 while a run of"
                    + " the strategy is in progress, 503 when the generator is disabled (e.g. no API keys).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResearchRun.class)))
    @APIResponse(responseCode = "503", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ResearchRun run(@QueryParam("strategy") String strategy, @Context SecurityContext security) {
        return generator.run(strategy, ResearchTrigger.ON_DEMAND, RequestParameters.user(security));
    }

    @GET
    @Path("/runs")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Recent research runs, newest first, without their raw exchanges")
    public List<ResearchRun> recent(@QueryParam("strategy") String strategy, @QueryParam("limit") String limit) {
        return runs.recent(strategy, RequestParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
    }

    @GET
    @Path("/runs/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One research run with every raw response of the outside APIs, for audit")
    public ResearchRun run(@PathParam("id") String id) {
        UUID uuid = RequestParameters.uuid("id", id);
        return runs.find(uuid).orElseThrow(() -> new NotFoundException("no research run " + uuid));
    }
}
