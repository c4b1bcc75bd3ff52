package dev.tradeguard.risk.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.platform.security.Roles;
import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;
import dev.tradeguard.risk.service.ApprovalService;

/** Orders waiting for a person (the guide's manual approval). */
@Path("/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ApprovalResource {
    @Inject
    ApprovalService approvals;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Approvals, newest first; status PENDING, APPROVED, REJECTED, EXPIRED or DENIED")
    public List<Approval> list(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        int rows = Requests.limit(limit, 100, 1000);
        ApprovalStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ApprovalStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(List.of(new Violation("status", "must be one of "
                        + List.of(ApprovalStatus.values()) + ", got '" + status + "'")));
            }
        }
        return approvals.list(wanted, rows);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    public Approval get(@PathParam("id") UUID id) {
        return approvals.find(id).orElseThrow(() -> new NotFoundException("no approval " + id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Approve, optionally for fewer shares (never more). Every check runs again first.")
    public Approval approve(@PathParam("id") UUID id, Requests.Approve body) {
        return approvals.approve(id, body == null ? null : body.validatedQuantity(), callers.current());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Reject, with a reason")
    public Approval reject(@PathParam("id") UUID id, Requests.Reason body) {
        return approvals.reject(id, (body == null ? new Requests.Reason(null) : body).validated(), callers.current());
    }
}
