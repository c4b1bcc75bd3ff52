package dev.tradeguard.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The guide's "DOCUMENT EVERYTHING": one zip with every record of the account in a date range and their checksums. */
@Command(name = "export", description = {"One zip of the account's records from --from to --to (New York dates):"
        + " audit log, trading-state history, decisions, approvals, order ledger, fills, round trips, alerts and"
        + " their deliveries, the daily report (JSON and HTML) of every day with an order event and of --to, the"
        + " performance chart; MANIFEST.sha256 (sha256sum -c format) and EXPORT.txt saying what is in it.",
    "Needs admin (the order ledger and the audit log). A part that cannot be read is named in EXPORT.txt and the"
        + " exit code is non-zero; the rest is still written."})
public final class ExportCommand extends CliCommand {
    static final String MANIFEST = "MANIFEST.sha256";
    static final String README = "EXPORT.txt";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Option(names = "--account", description = "The account (default: the configured one)")
    String account;

    @Option(names = "--from", required = true, description = "First day, e.g. 2026-03-02")
    String from;

    @Option(names = "--to", required = true, description = "Last day, inclusive")
    String to;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The zip to write")
    Path out;

    /**
     * One JSON list of the export. {@code timeField} keeps the records of the range (a record without a readable time
     * is kept: nothing is lost by filtering); {@code cap} is the most the endpoint returns, so a full list may be cut.
     */
    private record Part(String file, Service service, String path, String timeField, String accountField, int cap) {
    }

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int code = ExitCode.OK;

    @Override
    public Integer call() {
        String id = account(account);
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (last.isBefore(first)) {
            throw new CliFailure(ExitCode.USAGE, "--to " + last + " is before --from " + first);
        }
        Instant start = first.atStartOfDay(NEW_YORK).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
        String a = Api.encode(id);
        String range = "from=" + first + "&to=" + last;
        List<Part> parts = List.of(
                new Part("audit.json", Service.RISK, "/audit?limit=5000", "at", null, 5000),
                new Part("trading-state-history.json", Service.RISK, "/trading-state/" + a + "/history", "changedAt",
                        null, 0),
                new Part("decisions.json", Service.RISK, "/decisions?limit=1000&accountId=" + a, "decidedAt", null,
                        1000),
                new Part("approvals.json", Service.RISK, "/approvals?limit=1000", "requestedAt", "accountId", 1000),
                new Part("orders.json", Service.EXECUTION, "/orders?limit=1000", "createdAt", "accountId", 1000),
                new Part("fills.json", Service.MONITOR, "/accounts/" + a + "/order-events", "brokerTimestamp", null,
                        0),
                new Part("trades.json", Service.MONITOR, "/performance/trades?account=" + a + "&" + range, null,
                        null, 0),
                new Part("alerts.json", Service.ALERT, "/accounts/" + a + "/alerts", "occurredAt", null, 0),
                new Part("deliveries.json", Service.ALERT, "/deliveries?limit=1000&account=" + a, "createdAt", null,
                        1000));
        TreeSet<LocalDate> reportDays = new TreeSet<>();
        reportDays.add(last);
        for (Part part : parts) {
            ArrayNode kept = list(part, id, start, end);
            if (kept != null && part.file().equals("fills.json")) {
                kept.forEach(fill -> day(fill.path("brokerTimestamp")).ifPresent(reportDays::add));
            }
        }
        for (LocalDate day : reportDays) {
            String query = "/reports/daily?account=" + a + "&date=" + day;
            fetch("reports/daily-" + day + ".json", Service.MONITOR, query, "application/json");
            fetch("reports/daily-" + day + ".html", Service.MONITOR, query + "&format=html", "text/html");
        }
        fetch("reports/performance.png", Service.MONITOR, "/reports/performance.png?account=" + a + "&" + range,
                "image/png");
        if (files.isEmpty()) {
            throw new CliFailure(code, "nothing could be exported, no file written: " + String.join("; ", notes));
        }
        files.put(README, readme(id, first, last).getBytes(StandardCharsets.UTF_8));
        write(id);
        return code;
    }

    private ArrayNode list(Part part, String id, Instant start, Instant end) {
        JsonNode all;
        try {
            all = api().get(part.service(), part.path());
        } catch (ServiceCallException e) {
            missing(part.file(), e);
            return null;
        }
        ArrayNode kept = Api.JSON.createArrayNode();
        for (JsonNode item : all) {
            if (part.accountField() != null && !id.equals(item.path(part.accountField()).asText())) {
                continue;
            }
            if (part.timeField() == null || within(item.path(part.timeField()), start, end)) {
                kept.add(item);
            }
        }
        if (part.cap() > 0 && all.size() >= part.cap()) {
            notes.add(part.file() + ": " + part.service().serviceName() + " returns at most " + part.cap()
                    + " records, newest first, and returned " + all.size() + ": older records of the range may be"
                    + " missing");
        }
        try {
            files.put(part.file(), Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(kept));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return kept;
    }

    private void fetch(String file, Service service, String query, String accept) {
        try {
            files.put(file, api().bytes(service, query, accept));
        } catch (ServiceCallException e) {
            missing(file, e);
        }
    }

    private void missing(String file, ServiceCallException e) {
        notes.add("MISSING " + file + ": " + e.getMessage());
        err().println("tradeguard: not exported: " + file + ": " + e.getMessage());
        code = ExitCode.worst(code, e.exitCode());
    }

    private static boolean within(JsonNode time, Instant start, Instant end) {
        try {
            Instant at = Instant.parse(time.asText());
            return !at.isBefore(start) && at.isBefore(end);
        } catch (DateTimeParseException unreadable) {
            return true;
        }
    }

    private static java.util.Optional<LocalDate> day(JsonNode time) {
        try {
            return java.util.Optional.of(Instant.parse(time.asText()).atZone(NEW_YORK).toLocalDate());
        } catch (DateTimeParseException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCode.USAGE, option + " must be a date like 2026-03-02, got '" + value + "'");
        }
    }

    private String readme(String id, LocalDate first, LocalDate last) {
        StringBuilder text = new StringBuilder();
        text.append("TradeGuard export of account ").append(id).append(", ").append(first).append(" to ")
                .append(last).append(" (New York days), made ").append(Instant.now()).append(" by tradeguard export\n")
                .append("Check it with: sha256sum -c ").append(MANIFEST).append("\n\nSources:\n");
        for (Service service : Service.tradeGuard()) {
            text.append("  ").append(service.serviceName()).append(' ').append(api().url(service, "")).append('\n');
        }
        text.append("\nFiles:\n");
        files.keySet().forEach(file -> text.append("  ").append(file).append('\n'));
        text.append("  ").append(README).append('\n');
        text.append("\nNotes:\n");
        if (notes.isEmpty()) {
            text.append("  every part was read in full\n");
        }
        notes.forEach(note -> text.append("  ").append(note).append('\n'));
        text.append("\nService logs are not in this export: .local/logs/ locally, your log store on Kubernetes.\n");
        return text.toString();
    }

    private void write(String id) {
        Path target = out.toAbsolutePath();
        StringBuilder manifest = new StringBuilder();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".tradeguard-export", ".zip");
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (Map.Entry<String, byte[]> entry : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                    String sha = sha256(entry.getValue());
                    manifest.append(sha).append("  ").append(entry.getKey()).append('\n');
                    out().printf("  %s  %8d bytes  %s%n", sha, entry.getValue().length, entry.getKey());
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIG, "the export could not be written to " + target + ": "
                    + e.getMessage() + " (nothing was written)");
        }
        out().printf("exported %d file(s) of %s to %s%s%n", files.size(), id, target,
                code == ExitCode.OK ? "" : " — INCOMPLETE, see EXPORT.txt");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
