package dev.tradeguard.recommendation.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import dev.tradeguard.recommendation.domain.RecommendationQuery;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.service.RecommendationService;
import dev.tradeguard.recommendation.service.RecommendationService.Accepted;

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class RecommendationResource {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1000;

    @Inject
    RecommendationRequests requests;

    @Inject
    RecommendationService recommendations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPROVER, Roles.SERVICE })
    @Operation(summary = "Submit one recommendation (an object) or a batch (an array): all are accepted or none",
            description = "201 when something new was published, 200 when every recommendation was accepted before"
                    + " with the same id and content, 400 naming every violation (batch fields as [i].field).")
    @RequestBody(content = @Content(schema = @Schema(implementation = RecommendationRequest.class)))
    @APIResponse(responseCode = "400", description = "Every violation, each named by its field",
            content = @Content(schema = @Schema(implementation = ViolationsBody.class)))
    public Response submit(String body, @Context SecurityContext security) {
        RecommendationRequests.Submission submission = requests.read(body);
        List<Accepted> accepted = recommendations.submitAll(submission.candidates(), submission.batch(),
                RequestParameters.user(security));
        List<SubmissionResult> results = accepted.stream()
                .map(a -> new SubmissionResult(a.created(), RecommendationView.of(a.recommendation()))).toList();
        boolean created = accepted.stream().anyMatch(Accepted::created);
        Response.ResponseBuilder response = created ? Response.status(Response.Status.CREATED) : Response.ok();
        if (!submission.batch()) {
            return response.location(URI.create("/recommendations/" + results.get(0).recommendation().id()))
                    .entity(results.get(0)).build();
        }
        return response.entity(results).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Recommendations, newest first, filtered by market day, strategy, status and symbol")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = RecommendationView.class)))
    public List<RecommendationView> search(@QueryParam("date") String date, @QueryParam("strategy") String strategy,
            @QueryParam("status") String status, @QueryParam("symbol") String symbol,
            @QueryParam("limit") String limit) {
        Violations violations = new Violations();
        LocalDate marketDate = null;
        if (date != null && !date.isBlank()) {
            try {
                marketDate = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                violations.add("date", "must be a date like 2026-03-10, got '" + date + "'");
            }
        }
        RecommendationStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = RecommendationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add("status", "must be one of " + List.of(RecommendationStatus.values()) + ", got '"
                        + status + "'");
            }
        }
        int rows = DEFAULT_LIMIT;
        try {
            rows = RequestParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.toList());
        }
        return recommendations.search(new RecommendationQuery(marketDate, blankToNull(strategy), wanted,
                blankToNull(symbol), rows)).stream().map(RecommendationView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One recommendation")
    public RecommendationView get(@PathParam("id") String id) {
        UUID uuid = RequestParameters.uuid("id", id);
        return recommendations.find(uuid).map(RecommendationView::of)
                .orElseThrow(() -> new NotFoundException("no recommendation " + uuid));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
