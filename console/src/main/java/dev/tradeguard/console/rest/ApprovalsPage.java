package dev.tradeguard.console.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import dev.tradeguard.console.client.ServiceRefusedException;
import dev.tradeguard.console.config.ConsoleConfig;
import dev.tradeguard.console.domain.Approval;
import dev.tradeguard.console.security.ConsoleRoles;
import dev.tradeguard.console.service.ApprovalBoard;
import dev.tradeguard.console.service.Loaded;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pending approvals per account, with time left and the sizing behind each; approve or reject with one click. */
@Path("/approvals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(ConsoleRoles.VIEWER)
public class ApprovalsPage {
    @Inject
    ApprovalBoard board;

    @Inject
    ConsoleConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Loaded<ApprovalBoard.Board> board, Outcome outcome, long refreshMillis);

        /** The list alone: what the open page polls and swaps in when an approval appears or changes. */
        static native TemplateInstance page$list(Loaded<ApprovalBoard.Board> board);
    }

    @GET
    public TemplateInstance page() {
        return render(null);
    }

    @GET
    @Path("/list")
    public TemplateInstance list() {
        return Templates.page$list(Loaded.of(board::board));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(ConsoleRoles.APPROVER)
    public TemplateInstance approve(@PathParam("id") UUID id) {
        Outcome outcome;
        try {
            Approval approval = board.approve(id);
            String order = approval.side() + " " + approval.quantity().toPlainString() + " " + approval.symbol()
                    + " for " + approval.accountId();
            outcome = "APPROVED".equals(approval.status())
                    ? Outcome.done("Approved: " + order, "Every check passed again; the order went to "
                            + "execution-service as approved by " + approval.decidedBy() + ".")
                    : Outcome.refused("Not sent: " + order + " was " + approval.status() + " on re-check",
                            String.valueOf(approval.decisionReason()));
        } catch (ServiceRefusedException e) {
            outcome = Outcome.refused("Not approved", e.getMessage());
        }
        return render(outcome);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(ConsoleRoles.APPROVER)
    public TemplateInstance reject(@PathParam("id") UUID id, @RestForm String reason) {
        Outcome outcome;
        try {
            Approval approval = board.reject(id, reason);
            outcome = Outcome.done("Rejected: " + approval.side() + " " + approval.quantity().toPlainString() + " "
                    + approval.symbol(), "Reason recorded: " + approval.decisionReason());
        } catch (ServiceRefusedException e) {
            outcome = Outcome.refused("Not rejected", e.getMessage());
        }
        return render(outcome);
    }

    private TemplateInstance render(Outcome outcome) {
        return Templates.page(Loaded.of(board::board), outcome, config.refreshInterval().toMillis());
    }
}
