package dev.tradeguard.cli.command;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The guide's capital scaling (Step 5): risk-service's {@code /accounts/{account}/capital}. */
@Command(name = "capital", description = "The capital TradeGuard may deploy for an account: show it, or change it"
        + " under the guide's scaling rules (30+ profitable trading days, at most 2x at once, cash reserve 25-50 %).",
        subcommands = {CapitalCommand.Show.class, CapitalCommand.Set.class})
public final class CapitalCommand {

    /** The account named, else the configured default one. */
    abstract static class OfAccount extends CliCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ACCOUNT",
                description = "The account (default: account= in the configuration)")
        String accountParameter;

        String path() {
            return "/accounts/" + Api.encode(account(accountParameter)) + "/capital";
        }
    }

    @Command(name = "show", description = {"The capital in force, the equity, what sizing uses, the cash reserve,"
            + " the trading days and return since the last increase, the most the next increase may ask for, the"
            + " rules and every change. Needs viewer."})
    public static final class Show extends OfAccount {
        @Option(names = "--json", description = "risk-service's answer as JSON")
        boolean json;

        @Override
        public Integer call() {
            JsonNode view = api().get(Service.RISK, path());
            if (json) {
                printJson(view);
                return ExitCode.OK;
            }
            JsonNode rules = view.path("rules");
            out().printf("%s capital%n", Text.value(view.path("accountId")));
            out().printf("  capital in force     %s%n", view.path("capital").isNull()
                    ? "none set: sizing uses the whole equity" : dollars(view.path("capital")));
            out().printf("  equity               %s%n", dollars(view.path("equity")));
            out().printf("  sizing base          %s%n", dollars(view.path("sizingBase")));
            out().printf("  cash reserve         %s%n", percent(view.path("cashReservePct")));
            out().printf("  since last increase  %s trading days, return %s%n", Text.value(view.path("tradingDays")),
                    Text.signedPercent(Text.decimal(view.path("periodReturn"))));
            out().printf("  next increase        up to %s%n", dollars(view.path("maxIncreaseTo")));
            out().printf("  rules                %s+ profitable trading days, at most %sx at once, cash reserve %s"
                    + " to %s%n", Text.value(rules.path("minProfitableDays")),
                    Text.value(rules.path("maxIncreaseFactor")), percent(rules.path("cashReserveMinPct")),
                    percent(rules.path("cashReserveMaxPct")));
            JsonNode history = view.path("history");
            out().printf("  changes (%d)%n", history.size());
            history.forEach(change -> out().println("    " + changeLine(change)));
            return ExitCode.OK;
        }
    }

    @Command(name = "set", description = {"Change the capital and/or the cash reserve (audited). More capital or a"
            + " lower reserve must pass the scaling rules: a refusal prints the rule and exits 4; less is always"
            + " accepted. Needs admin."})
    public static final class Set extends OfAccount {
        @Option(names = "--capital", paramLabel = "DOLLARS",
                description = "The new capital (default: the one in force, to change only the reserve)")
        BigDecimal capital;

        @Option(names = "--cash-reserve-pct", paramLabel = "FRACTION",
                description = "The share of equity kept in cash, e.g. 0.30 (default: unchanged)")
        BigDecimal cashReservePct;

        @Option(names = "--reason", required = true, description = "Why (goes into the audit log)")
        String reason;

        @Override
        public Integer call() {
            String account = account(accountParameter);
            if (capital == null && cashReservePct == null) {
                throw new CliFailure(ExitCode.USAGE, "nothing to change: give --capital and/or --cash-reserve-pct");
            }
            if (reason.isBlank()) {
                throw new CliFailure(ExitCode.USAGE, "--reason must say why: it goes into the audit log");
            }
            ObjectNode body = Api.JSON.createObjectNode().put("capital", capital == null ? inForce(account) : capital);
            if (cashReservePct != null) {
                body.put("cashReservePct", cashReservePct);
            }
            body.put("reason", reason);
            JsonNode changed;
            try {
                changed = api().post(Service.RISK, path(), body);
            } catch (ServiceCallException e) {
                err().println("tradeguard: the capital of " + account + " was NOT changed: " + e.getMessage());
                return e.exitCode();
            }
            out().println(account + ": " + changeLine(changed));
            return ExitCode.OK;
        }

        /** The capital in force, for a change of the reserve alone; none set yet needs --capital. */
        private BigDecimal inForce(String account) {
            JsonNode current = api().get(Service.RISK, path()).path("capital");
            if (current.isNull() || current.isMissingNode()) {
                throw new CliFailure(ExitCode.USAGE, account + " has no capital set yet (sizing uses the whole"
                        + " equity): give --capital with the reserve; nothing was sent");
            }
            return Text.decimal(current);
        }
    }

    private CapitalCommand() {
    }

    static String changeLine(JsonNode change) {
        return String.format("%s -> %s, cash reserve %s%s by %s at %s (judged on %s trading days, return %s)"
                + " reason: %s", dollars(change.path("previousCapital")), dollars(change.path("capital")),
                percent(change.path("cashReservePct")), change.path("increase").asBoolean() ? ", an increase" : "",
                Text.value(change.path("changedBy")), Text.value(change.path("changedAt")),
                Text.value(change.path("tradingDays")), Text.signedPercent(Text.decimal(change.path("periodReturn"))),
                Text.value(change.path("reason")));
    }

    static String dollars(JsonNode node) {
        BigDecimal value = Text.decimal(node);
        return value == null ? "-" : "$" + Text.money(value);
    }

    /** A fraction (0.3) as a percentage (30.00 %). */
    static String percent(JsonNode node) {
        BigDecimal fraction = Text.decimal(node);
        return fraction == null ? "-" : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                + " %";
    }
}
