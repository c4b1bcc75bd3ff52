package dev.tradeguard.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** monitor-service's daily summary and weekly and monthly reviews. */
@Command(name = "report", description = "monitor-service's daily, weekly or monthly report (JSON or text; --html writes"
        + " the page). Needs viewer.")
public final class ReportCommand extends CliCommand {
    enum Kind { daily, weekly, monthly }

    @Parameters(index = "0", paramLabel = "daily|weekly|monthly", description = "Which report: ${COMPLETION-CANDIDATES}")
    Kind kind;

    @Option(names = "--account", description = "The account (default: the configured one)")
    String account;

    @Option(names = "--date", description = "The day the report is for (default: today at monitor-service)")
    String date;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML page to FILE")
    Path html;

    @Option(names = "--json", description = "The report as JSON")
    boolean json;

    @Override
    public Integer call() {
        String query = "/reports/" + kind + "?account=" + Api.encode(account(account)) + dateParameter();
        if (html != null) {
            byte[] page = api().bytes(Service.MONITOR, query + "&format=html", "text/html");
            try {
                Files.write(html, page);
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CONFIG, "the report could not be written to " + html + ": "
                        + e.getMessage());
            }
            out().printf("wrote the %s report (%d bytes) to %s%n", kind, page.length, html);
            return ExitCode.OK;
        }
        JsonNode report = api().get(Service.MONITOR, query);
        if (json || kind != Kind.daily) {
            printJson(report);
        } else {
            printDaily(report);
        }
        return ExitCode.OK;
    }

    private String dateParameter() {
        if (date == null) {
            return "";
        }
        try {
            return "&date=" + LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCode.USAGE, "--date must be a date like 2026-03-02, got '" + date + "'");
        }
    }

    private void printDaily(JsonNode r) {
        out().printf("daily report %s %s%n", Text.value(r.path("accountId")), Text.value(r.path("date")));
        out().printf("  starting value %s  ending value %s  P&L %s (%s)%n",
                Text.money(Text.decimal(r.path("startingValue"))), Text.money(Text.decimal(r.path("endingValue"))),
                Text.signedMoney(Text.decimal(r.path("dailyPnl"))),
                Text.signedPercent(Text.decimal(r.path("dailyPnlPct"))));
        out().printf("  trades executed %s  cash %s  margin used %s%n", Text.value(r.path("tradesExecuted")),
                Text.money(Text.decimal(r.path("cash"))), Text.money(Text.decimal(r.path("marginUsed"))));
        out().printf("  positions closed (%d)%n", r.path("positionsClosed").size());
        r.path("positionsClosed").forEach(t -> out().println("    " + t));
        out().printf("  open positions (%d)%n", r.path("openPositions").size());
        r.path("openPositions").forEach(p -> out().printf("    %s %s @ %s, now %s, P&L %s%n", p.path("symbol").asText(),
                Text.value(p.path("quantity")), Text.value(p.path("avgEntryPrice")),
                Text.value(p.path("currentPrice")), Text.signedMoney(Text.decimal(p.path("unrealizedPl")))));
    }
}
