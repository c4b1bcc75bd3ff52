package dev.tradeguard.testing.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A campaign's result as markdown (for people) and JSON (for tools), under the report folder: faults by kind, the
 * invariant table, each service's recovery times, and for every violation the events that led to it.
 */
public record ChaosReport(Campaign.Settings settings, Instant startedAt, Instant settlingFrom, Instant endedAt,
                          List<Nemesis.Injected> injected, List<String> nemesisErrors, Checker.Result result,
                          EventLog log, int recommendations, int personDecisions, int resumes, int refusedCalls) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The machine's load averages (1, 5, 15 minutes) and cores, from /proc/loadavg; empty where unreadable. */
    static String machineLoad() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2] + " on " + Runtime.getRuntime().availableProcessors()
                    + " cores";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    Map<FaultKind, Long> byKind() {
        Map<FaultKind, Long> counts = new EnumMap<>(FaultKind.class);
        injected.forEach(fault -> counts.merge(fault.kind(), 1L, Long::sum));
        return counts;
    }

    /** Per target: the times it took to answer again after each fault that stopped it. */
    Map<String, List<Duration>> recoveries() {
        Map<String, List<Duration>> byTarget = new TreeMap<>();
        injected.stream().filter(f -> f.recovery() != null).forEach(f -> byTarget
                .computeIfAbsent(f.target() + " (" + f.kind() + ")", t -> new ArrayList<>()).add(f.recovery()));
        return byTarget;
    }

    Campaign.Outcome write(Path dir) {
        String load = machineLoad();
        try {
            Files.createDirectories(dir);
            Path markdown = dir.resolve("chaos-report.md");
            Path json = dir.resolve("chaos-report.json");
            Files.writeString(markdown, markdown(load));
            Files.writeString(json, JSON.writeValueAsString(json(load)));
            Files.write(dir.resolve("chaos-events.log"), log.all().stream().map(Object::toString).toList());
            return new Campaign.Outcome(this, markdown, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chaos report to " + dir, e);
        }
    }

    private String markdown(String load) {
        StringBuilder md = new StringBuilder("# Chaos campaign\n\n");
        md.append("- seed: `").append(settings.seed()).append("`, faults asked: ").append(settings.faults())
                .append(", injected: ").append(injected.size()).append(", up to ").append(settings.maxOverlap())
                .append(" at once\n");
        md.append("- wall time: ").append(seconds(Duration.between(startedAt, endedAt))).append(" (faults and load ")
                .append(seconds(Duration.between(startedAt, settlingFrom))).append(", settling and checking ")
                .append(seconds(Duration.between(settlingFrom, endedAt))).append(")\n");
        md.append("- machine load at the end (1/5/15 min): ").append(load).append("\n");
        md.append("- load: ").append(recommendations).append(" recommendations accepted, ").append(personDecisions)
                .append(" approvals decided by the person, ").append(resumes).append(" resumes by the officer, ")
                .append(refusedCalls).append(" load calls refused or failed under faults\n");
        md.append("- violations: **").append(result.violations().size()).append("**, nemesis errors: ")
                .append(nemesisErrors.size()).append("\n\n## Faults by kind\n\n| kind | what | count |\n|---|---|---|\n");
        byKind().forEach((kind, count) -> md.append("| ").append(kind).append(" | ").append(kind.description())
                .append(" | ").append(count).append(" |\n"));
        md.append("\n## Invariants\n\n| invariant | checked | violations |\n|---|---|---|\n");
        for (Checker.Invariant invariant : Checker.Invariant.values()) {
            md.append("| ").append(invariant.description()).append(" | ")
                    .append(result.checked().getOrDefault(invariant, 0)).append(" | ")
                    .append(result.count(invariant)).append(" |\n");
        }
        md.append("\n");
        result.notes().forEach((note, value) -> md.append("- ").append(note).append(": ").append(value).append("\n"));
        md.append("\n## Recovery (until the target answers again)\n\n| target | faults | min | median | max |\n"
                + "|---|---|---|---|---|\n");
        recoveries().forEach((target, times) -> {
            List<Duration> sorted = times.stream().sorted().toList();
            md.append("| ").append(target).append(" | ").append(sorted.size()).append(" | ")
                    .append(seconds(sorted.get(0))).append(" | ").append(seconds(sorted.get(sorted.size() / 2)))
                    .append(" | ").append(seconds(sorted.get(sorted.size() - 1))).append(" |\n");
        });
        if (!nemesisErrors.isEmpty()) {
            md.append("\n## Nemesis errors\n\n");
            nemesisErrors.forEach(error -> md.append("- ").append(error).append("\n"));
        }
        if (!result.violations().isEmpty()) {
            md.append("\n## Violations\n");
            for (Checker.Violation violation : result.violations()) {
                md.append("\n### ").append(violation.invariant()).append(": ").append(violation.subject())
                        .append("\n\n").append(violation.detail()).append("\n\n```\n");
                log.history(violation.ids())
                        .forEach(event -> md.append(event).append("\n"));
                md.append("```\n");
            }
        }
        return md.toString();
    }

    private ObjectNode json(String load) {
        ObjectNode root = JSON.createObjectNode();
        root.put("seed", settings.seed());
        root.put("faultsAsked", settings.faults());
        root.put("faultsInjected", injected.size());
        root.put("maxOverlap", settings.maxOverlap());
        root.put("startedAt", startedAt.toString());
        root.put("endedAt", endedAt.toString());
        root.put("wallSeconds", Duration.between(startedAt, endedAt).toMillis() / 1000.0);
        root.put("settlingSeconds", Duration.between(settlingFrom, endedAt).toMillis() / 1000.0);
        root.put("machineLoad", load);
        root.put("recommendations", recommendations);
        root.put("personDecisions", personDecisions);
        root.put("resumes", resumes);
        root.put("refusedLoadCalls", refusedCalls);
        ObjectNode kinds = root.putObject("faultsByKind");
        byKind().forEach((kind, count) -> kinds.put(kind.name(), count));
        ObjectNode invariants = root.putObject("invariants");
        for (Checker.Invariant invariant : Checker.Invariant.values()) {
            ObjectNode node = invariants.putObject(invariant.name());
            node.put("description", invariant.description());
            node.put("checked", result.checked().getOrDefault(invariant, 0));
            node.put("violations", result.count(invariant));
        }
        ObjectNode notes = root.putObject("notes");
        result.notes().forEach(notes::put);
        ObjectNode recovery = root.putObject("recoveryMillis");
        recoveries().forEach((target, times) -> {
            ArrayNode list = recovery.putArray(target);
            times.forEach(time -> list.add(time.toMillis()));
        });
        ArrayNode errors = root.putArray("nemesisErrors");
        nemesisErrors.forEach(errors::add);
        ArrayNode violations = root.putArray("violations");
        for (Checker.Violation violation : result.violations()) {
            ObjectNode node = violations.addObject();
            node.put("invariant", violation.invariant().name());
            node.put("subject", violation.subject());
            node.put("detail", violation.detail());
            ArrayNode history = node.putArray("history");
            log.history(violation.ids()).forEach(event -> history.add(event.toString()));
        }
        ArrayNode faults = root.putArray("faults");
        for (Nemesis.Injected fault : injected) {
            ObjectNode node = faults.addObject();
            node.put("number", fault.number());
            node.put("kind", fault.kind().name());
            node.put("target", fault.target());
            node.put("startedAt", fault.startedAt().toString());
            node.put("healedAt", fault.healedAt().toString());
            if (fault.recovery() != null) {
                node.put("recoveryMillis", fault.recovery().toMillis());
            }
            node.put("detail", fault.detail());
        }
        return root;
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** One line for a test's failure message or a log. */
    public String summary() {
        return "seed " + settings.seed() + ": " + injected.size() + " faults, " + result.violations().size()
                + " violations (" + result.violations().stream().collect(Collectors.groupingBy(
                Checker.Violation::invariant, Collectors.counting())) + "), " + nemesisErrors.size()
                + " nemesis errors, " + seconds(Duration.between(startedAt, endedAt));
    }
}
