package dev.tradeguard.cli.command;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The manual approval queue at risk-service. */
@Command(name = "approvals", description = "Orders waiting for a person: list, approve, reject.",
        subcommands = {ApprovalsCommand.ListApprovals.class, ApprovalsCommand.Approve.class,
            ApprovalsCommand.Reject.class})
public final class ApprovalsCommand {

    @Command(name = "list", description = "Approvals, newest first (default: PENDING). Needs viewer.")
    public static final class ListApprovals extends CliCommand {
        @Option(names = "--status", defaultValue = "PENDING",
                description = "PENDING, APPROVED, REJECTED, EXPIRED, DENIED or ALL (default ${DEFAULT-VALUE})")
        String status;

        @Option(names = "--account", description = "Only this account's")
        String account;

        @Option(names = "--json", description = "The approvals as JSON")
        boolean json;

        @Override
        public Integer call() {
            String wanted = status.strip().toUpperCase(Locale.ROOT);
            JsonNode all = api().get(Service.RISK, "/approvals?limit=1000"
                    + ("ALL".equals(wanted) ? "" : "&status=" + Api.encode(wanted)));
            ArrayNode shown = Api.JSON.createArrayNode();
            all.forEach(approval -> {
                if (account == null || account.equals(approval.path("accountId").asText())) {
                    shown.add(approval);
                }
            });
            if (json) {
                printJson(shown);
                return ExitCode.OK;
            }
            out().printf("%d approval(s) %s%s%n", shown.size(), "ALL".equals(wanted) ? "" : wanted,
                    account == null ? "" : " for " + account);
            shown.forEach(a -> out().println(line(a)));
            return ExitCode.OK;
        }

        static String line(JsonNode a) {
            return String.format("  %s  %s %s %s %s limit %s stop %s target %s  %s  requested %s expires %s%s",
                    a.path("id").asText(), a.path("accountId").asText(), a.path("side").asText(),
                    Text.value(a.path("quantity")), a.path("symbol").asText(), Text.value(a.path("limitPrice")),
                    Text.value(a.path("stopLoss")), Text.value(a.path("takeProfit")), a.path("status").asText(),
                    Text.value(a.path("requestedAt")), Text.value(a.path("expiresAt")),
                    a.path("highRiskReasons").isTextual() ? "  high risk: " + a.path("highRiskReasons").asText() : "");
        }
    }

    @Command(name = "approve", description = "Approve a pending order (every check runs again first). Needs approver.")
    public static final class Approve extends Decision {
        @Option(names = "--quantity", description = "Fewer whole shares than proposed (never more)")
        BigDecimal quantity;

        @Option(names = "--comment", description = "A note for the audit log")
        String comment;

        @Override
        public Integer call() {
            ObjectNode body = Api.JSON.createObjectNode();
            if (quantity != null) {
                body.put("quantity", quantity);
            }
            if (comment != null) {
                body.put("comment", comment);
            }
            return decide("approve", body, "APPROVED");
        }
    }

    @Command(name = "reject", description = "Reject a pending order, with a reason. Needs approver.")
    public static final class Reject extends Decision {
        @Option(names = "--reason", required = true, description = "Why (goes into the audit log)")
        String reason;

        @Override
        public Integer call() {
            return decide("reject", Api.JSON.createObjectNode().put("reason", reason), "REJECTED");
        }
    }

    /** approve and reject: one pending approval, by id. */
    @Command
    abstract static class Decision extends CliCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The approval id")
        String id;

        /**
         * Posts the decision; prints the approval as risk-service left it. A decision it turned into something else
         * (expired meanwhile, denied by a check run again) is not OK.
         */
        Integer decide(String action, ObjectNode body, String wanted) {
            JsonNode approval = api().post(Service.RISK, "/approvals/" + Api.encode(id) + "/" + action, body);
            out().println(ListApprovals.line(approval).strip());
            String status = approval.path("status").asText();
            if (!wanted.equals(status)) {
                err().printf("tradeguard: approval %s is %s, not %s%s%n", approval.path("id").asText(), status,
                        wanted, approval.path("decisionReason").isTextual() ? ": " + approval.path("decisionReason")
                                .asText() : "");
                return ExitCode.NOT_OK;
            }
            return ExitCode.OK;
        }
    }
}
