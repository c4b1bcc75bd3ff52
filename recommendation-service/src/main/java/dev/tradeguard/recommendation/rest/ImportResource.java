package dev.tradeguard.recommendation.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.recommendation.domain.ImportReport;
import dev.tradeguard.recommendation.domain.ImportSummary;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import dev.tradeguard.recommendation.domain.Replay;
import dev.tradeguard.recommendation.repository.ImportRepository;
import dev.tradeguard.recommendation.service.ImportService;

@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ImportResource {
    static final String MARKDOWN = "text/markdown";
    static final String UPLOAD = "upload";

    @Inject
    ImportService importer;

    @Inject
    ImportRepository imports;

    @POST
    @Consumes({ MARKDOWN, MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.APPROVER, Roles.SERVICE })
    @Operation(summary = "Import a TODAYS_TRADES file sent as the body; the report says what became of every line",
            description = "Re-importing the same file creates nothing new. 400 when the file as a whole is unusable."
                    + " Where replay is enabled, tradingDay (or replay=true for the file's own day) judges a past"
                    + " day's file as of that day.")
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ViolationsBody.class)))
    public ImportReport importText(String body, @QueryParam("fileName") String fileName,
            @QueryParam("tradingDay") String tradingDay, @QueryParam("replay") String replay,
            @Context SecurityContext security) {
        Replay asked = replay(replay, tradingDay);
        return importer.importFile(fileName, body, UPLOAD, RequestParameters.user(security), asked);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.APPROVER, Roles.SERVICE })
    @Operation(summary = "Import a TODAYS_TRADES file uploaded as the multipart form field 'file'")
    public ImportReport importUpload(@RestForm("file") FileUpload file, @QueryParam("tradingDay") String tradingDay,
            @QueryParam("replay") String replay, @Context SecurityContext security) {
        Replay asked = replay(replay, tradingDay);
        if (file == null) {
            throw new InvalidInputException("file", "is required: a multipart field named 'file'");
        }
        try {
            String text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            return importer.importFile(file.fileName(), text, UPLOAD, RequestParameters.user(security), asked);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot be read as UTF-8 text: " + e.getMessage());
        }
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The most recent imports, newest first")
    public List<ImportSummary> recent() {
        return imports.recent(100);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The line-by-line report of one import")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public String report(@PathParam("id") String id) {
        UUID uuid = RequestParameters.uuid("id", id);
        return imports.reportJson(uuid).orElseThrow(() -> new NotFoundException("no import " + uuid));
    }

    private static Replay replay(String replay, String tradingDay) {
        if (replay != null && !replay.equals("true") && !replay.equals("false")) {
            throw new InvalidInputException("replay", "must be true or false, got '" + replay + "'");
        }
        LocalDate day = null;
        if (tradingDay != null) {
            try {
                day = LocalDate.parse(tradingDay);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("tradingDay", "must be a date like 2026-01-20, got '" + tradingDay
                        + "'");
            }
        }
        return Replay.of("true".equals(replay), day);
    }
}
