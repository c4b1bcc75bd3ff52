package dev.tradeguard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.tradeguard.bench.PipelineBench.Footprint;
import dev.tradeguard.bench.PipelineBench.KillSwitchResult;
import dev.tradeguard.bench.PipelineBench.KillSwitchTrial;
import dev.tradeguard.bench.PipelineBench.StepResult;
import dev.tradeguard.bench.PipelineBench.WarningResult;
import dev.tradeguard.bench.PipelineBench.WarningSummary;
import dev.tradeguard.bench.PipelineBench.WarningTrial;

/** The run as Markdown, the targets judged, and the few lines printed at the end. */
final class BenchReport {
    /** One target of issue 11, what was measured against it, and whether it is met. */
    record Target(String target, String measured, String status) {
    }

    private final Map<String, Object> report;
    private final List<LatencyResult> floor;
    private final Map<String, Object> engine;
    private final Map<String, Object> pipeline;
    private final List<Target> targets = new ArrayList<>();

    BenchReport(Map<String, Object> report, List<LatencyResult> floor, Map<String, Object> engine,
            Map<String, Object> pipeline) {
        this.report = report;
        this.floor = floor;
        this.engine = engine;
        this.pipeline = pipeline == null ? Map.of() : pipeline;
        judge();
    }

    List<Target> targets() {
        return targets;
    }

    // ------------------------------------------------------------------------------------------------ targets

    private void judge() {
        StepResult at100 = (StepResult) pipeline.get("decision100");
        LatencyResult floor100 = floor(100);
        if (at100 == null || floor100 == null) {
            targets.add(new Target("decision path p99 ≤ 3× the three-hop floor and ≤ 25 ms at 100/s",
                    "not measured in this run", "not measured"));
        } else {
            double p99 = at100.endToEnd().p99Micros() / 1e3;
            double bound = 3 * floor100.p99Micros() / 1e3;
            targets.add(new Target("decision path p99 ≤ 3× the three-hop floor and ≤ 25 ms at 100/s",
                    String.format(Locale.ROOT, "p99 %.1f ms (%d orders in %s); floor p99 %.1f ms, so 3× = %.1f ms",
                            p99, at100.placed(), at100.how(), floor100.p99Micros() / 1e3, bound),
                    p99 <= 25 && p99 <= bound ? "met" : "NOT met"));
        }
        KillSwitchResult kill = (KillSwitchResult) pipeline.get("killSwitch");
        if (kill == null) {
            for (String target : List.of("kill switch: breaching tick → HALTED on trading-state ≤ 50 ms p99",
                    "kill switch: breaching tick → first cancellation at the simulator ≤ 100 ms p99",
                    "kill switch: 0 orders reach the simulator after the breaching tick (≥ 12 trials)")) {
                targets.add(new Target(target, "not measured in this run", "not measured"));
            }
        } else {
            double halted = kill.tickToHalted().p99Micros() / 1e3;
            double cancel = kill.tickToCancel().p99Micros() / 1e3;
            targets.add(new Target("kill switch: breaching tick → HALTED on trading-state ≤ 50 ms p99",
                    String.format(Locale.ROOT, "p99 %.1f ms, max %.1f ms over %d trials (breach seen in %s)", halted,
                            kill.tickToHalted().maxMicros() / 1e3, kill.trials(), kill.breachEventKinds()),
                    halted <= 50 ? "met" : "NOT met"));
            targets.add(new Target("kill switch: breaching tick → first cancellation at the simulator ≤ 100 ms p99",
                    String.format(Locale.ROOT, "p99 %.1f ms, max %.1f ms over %d trials", cancel,
                            kill.tickToCancel().maxMicros() / 1e3, kill.trials()), cancel <= 100 ? "met" : "NOT met"));
            targets.add(new Target("kill switch: 0 orders reach the simulator after the breaching tick (≥ 12 trials)",
                    String.format(Locale.ROOT, "%d orders reached the simulator after the tick (%d after the first "
                            + "cancellation; %d of them not cancelled) in %d trials, under %d approvals/s",
                            kill.ordersAfterTick(), kill.ordersAfterCancel(), kill.afterTickNotCancelled(),
                            kill.trials(), kill.approvalsPerSecond()),
                    kill.ordersAfterTick() == 0 && kill.trials() >= 12 ? "met" : "NOT met"));
        }
        WarningResult warning = (WarningResult) pipeline.get("warningPath");
        if (warning == null || warning.stopFilled().trials() == 0) {
            targets.add(new Target("warning path, stop order filled ≤ 100 ms p99", "not measured in this run",
                    "not measured"));
            targets.add(new Target("warning path, no working stop ≤ 150 ms p99", "not measured in this run",
                    "not measured"));
        } else {
            double filled = warning.stopFilled().total().p99Micros() / 1e3;
            double watch = warning.positionWatch().total().p99Micros() / 1e3;
            targets.add(new Target("warning path, stop order filled ≤ 100 ms p99", String.format(Locale.ROOT,
                    "price → STOP_LOSS_HIT at the webhook p99 %.0f ms (%d trials)", filled,
                    warning.stopFilled().trials()), filled <= 100 ? "met" : "NOT met"));
            targets.add(new Target("warning path, no working stop ≤ 150 ms p99", String.format(Locale.ROOT,
                    "price → STOP_LOSS_HIT at the webhook p99 %.0f ms (%d trials; the position watch on the streamed "
                            + "position change)", watch, warning.positionWatch().trials()),
                    watch <= 150 ? "met" : "NOT met"));
        }
        StepResult at10 = (StepResult) pipeline.get("decision10");
        @SuppressWarnings("unchecked")
        Map<String, Double> idle = (Map<String, Double>) pipeline.get("idleCoresBusy");
        if (at10 == null || idle == null || at10.coresBusy() == null || at10.achievedPerSecond() <= 0) {
            targets.add(new Target("CPU per approved bracket order ≤ 0.08 CPU-s (half of 0.16 before issue 15)",
                    "not measured in this run", "not measured"));
        } else {
            double perOrder = cpuSecondsPerOrder(at10, idle);
            targets.add(new Target("CPU per approved bracket order ≤ 0.08 CPU-s (half of 0.16 before issue 15)",
                    String.format(Locale.ROOT, "%.3f CPU-s per order over the 10/s step (%.2f cores busy, %.2f at "
                            + "rest, %.1f orders/s)", perOrder, at10.coresBusy().get("machine"), idle.get("machine"),
                            at10.achievedPerSecond()), perOrder <= 0.08 ? "met" : "NOT met"));
        }
        if (engine == null) {
            targets.add(new Target("risk engine ≥ 100,000 full checks/s per core", "not measured in this run",
                    "not measured"));
        } else {
            double checks = (double) engine.get("checksPerSecondPerCore");
            targets.add(new Target("risk engine ≥ 100,000 full checks/s per core", String.format(Locale.ROOT,
                    "%,.0f/s (± %,.0f)", checks, (double) engine.get("error")), checks >= 100_000 ? "met" : "NOT met"));
        }
        @SuppressWarnings("unchecked")
        List<Footprint> footprint = (List<Footprint>) pipeline.get("footprint");
        if (footprint == null) {
            targets.add(new Target("each service ready ≤ 3 s and ≤ 300 MB RSS idle (JVM)", "not measured in this run",
                    "not measured"));
        } else {
            List<String> slow = new ArrayList<>();
            List<String> big = new ArrayList<>();
            StringBuilder measured = new StringBuilder();
            for (Footprint f : footprint) {
                if (f.process().equals("broker-simulator")) {
                    continue;
                }
                if (!(f.soloRestartReadySeconds() <= 3)) {
                    slow.add(f.process());
                }
                if (!(f.rssIdleMiB() <= 300)) {
                    big.add(f.process());
                }
                measured.append(String.format(Locale.ROOT, "%s%s %.1f s / %.0f MiB", measured.isEmpty() ? "" : "; ",
                        f.process().replace("-service", ""), f.soloRestartReadySeconds(), f.rssIdleMiB()));
            }
            String status = slow.isEmpty() && big.isEmpty() ? "met"
                    : "NOT met" + (slow.isEmpty() ? "" : " (ready > 3 s: " + String.join(", ", slow) + ")")
                            + (big.isEmpty() ? "" : " (RSS > 300 MiB: " + String.join(", ", big) + ")");
            targets.add(new Target("each service ready ≤ 3 s and ≤ 300 MB RSS idle (JVM)",
                    "ready when restarted alone / RSS idle: " + measured, status));
        }
    }

    // ------------------------------------------------------------------------------------------------ markdown

    String markdown() {
        StringBuilder md = new StringBuilder("# TradeGuard benchmark report\n\n");
        md.append("Measured ").append(report.get("measuredAt")).append(" in ").append(report.get("durationSeconds"))
                .append(" s. Machine: ").append(report.get("machine")).append(".\n\nLoad average (1/5/15 min) before: ")
                .append(loadAverage("before")).append(", after: ").append(loadAverage("after")).append(".\n\n")
                .append("Settings: ").append(report.get("settings")).append("\n");

        md.append("\n## Targets\n\n| target | measured | status |\n|---|---|---|\n");
        targets.forEach(t -> md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                .append(t.status()).append(" |\n"));

        md.append("\n## Floor: raw Kafka, the services' client settings\n\n");
        md.append("| path | offered /s | sent | received | p50 ms | p99 ms | p99.9 ms | max ms |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        floor.forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s |%n",
                r.path(), r.offeredPerSecond(), r.sent(), r.received(), ms(r.p50Micros()), ms(r.p99Micros()),
                ms(r.p999Micros()), ms(r.maxMicros()))));

        List<StepResult> decisions = new ArrayList<>();
        addIfPresent(decisions, pipeline.get("decision10"));
        addIfPresent(decisions, pipeline.get("decision100"));
        if (!decisions.isEmpty()) {
            md.append("\n## Decision path: recommendation published → order received by the simulator (FULL_AUTO)\n\n");
            stepTable(md, decisions);
        }
        @SuppressWarnings("unchecked")
        List<StepResult> execution = (List<StepResult>) pipeline.get("executionRamp");
        @SuppressWarnings("unchecked")
        List<StepResult> risk = (List<StepResult>) pipeline.get("riskRamp");
        if (execution != null || risk != null) {
            md.append("\n## Highest rate sustained, leg by leg\n\n");
            md.append("Sustained: everything offered arrived and p99 stayed ≤ 1 s (no backlog built up). The ramp "
                    + "stops at the first rate not sustained.\n\n");
            if (risk != null) {
                md.append("Risk decision: recommendation published → decision on Kafka (approved order or "
                        + "ORDER_DENIED alert). Highest sustained: **").append(highest(risk)).append("**\n\n");
                stepTable(md, risk);
            }
            if (execution != null) {
                md.append("\nExecution leg: approved order published → order received by the simulator. Highest "
                        + "sustained: **").append(highest(execution)).append("**\n\n");
                stepTable(md, execution);
            }
        }

        KillSwitchResult kill = (KillSwitchResult) pipeline.get("killSwitch");
        if (kill != null) {
            md.append("\n## Kill switch: breaching market-data tick → HALTED → first cancellation at the simulator\n\n");
            md.append(String.format(Locale.ROOT, "%d trials, %d approved orders/s streaming onto `approved-orders` "
                    + "throughout. The first `positions` event showing the breach was, by kind: %s.%n%n", kill.trials(),
                    kill.approvalsPerSecond(), kill.breachEventKinds()));
            latencyTable(md, List.of(kill.tickToHalted(), kill.tickToCancel(), kill.breachEventToHalted()));
            md.append(String.format(Locale.ROOT, "%nOrders that reached the simulator after the breaching tick: **%d** "
                    + "(after the first cancellation: **%d**; not cancelled: **%d**).%n%n", kill.ordersAfterTick(),
                    kill.ordersAfterCancel(), kill.afterTickNotCancelled()));
            md.append("| trial | tick → HALTED ms | tick → first cancel ms | breach event → HALTED ms | breach event "
                    + "| orders after tick | after first cancel | not cancelled | last one, ms after tick |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n");
            for (KillSwitchTrial t : kill.perTrial()) {
                md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %s | %d | %d | %d | %.1f |%n",
                        t.trial(), t.tickToHaltedMs(), t.tickToCancelMs(), t.breachEventToHaltedMs(),
                        t.breachEventKind(), t.ordersAfterTick(), t.ordersAfterCancel(), t.afterTickNotCancelled(),
                        t.lastOrderAfterTickMs()));
            }
        }

        WarningResult warning = (WarningResult) pipeline.get("warningPath");
        if (warning != null) {
            md.append("\n## Warning path: price crossing a stop at the simulator → STOP_LOSS_HIT at the Slack webhook\n\n");
            md.append(String.format(Locale.ROOT, "Each trial on an empty Slack queue with a full token bucket (%d "
                    + "deliveries were queued before the first; %.0f s to drain at 1/s).%n%n",
                    warning.slackBacklogAtStart(), warning.slackDrainSeconds()));
            WarningSummary a = warning.stopFilled();
            WarningSummary b = warning.positionWatch();
            latencyTable(md, List.of(a.total(), a.priceToEvent(), a.eventToWebhook(), a.alertToWebhook(), b.total(),
                    b.priceToEvent(), b.eventToWebhook(), b.alertToWebhook(), warning.alertServiceAtRandomMoments()));
            double simFill = a.perTrial().stream().mapToDouble(WarningTrial::priceToSimulatorFillMs)
                    .filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
            md.append(String.format(Locale.ROOT, "%n(a): the simulator published each stop's fill within %.1f ms of "
                    + "the price (its trade_updates stream).%n", simFill));
        }

        if (pipeline.get("idleCoresBusy") != null) {
            md.append("\nAt rest (the pipeline started, nothing traded), cores "
                    + "busy: ").append(pipeline.get("idleCoresBusy")).append(".\n");
        }
        @SuppressWarnings("unchecked")
        List<Footprint> footprint = (List<Footprint>) pipeline.get("footprint");
        if (footprint != null) {
            md.append("\n## Footprint (JVM mode, -Xmx256m)\n\n| process | ready, all started together s | ready, "
                    + "restarted alone s | RSS idle MiB | RSS peak under load MiB |\n|---|---|---|---|---|\n");
            footprint.forEach(f -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %.0f | %.0f |%n",
                    f.process(), f.concurrentStartReadySeconds(), Double.isNaN(f.soloRestartReadySeconds()) ? "–"
                            : String.format(Locale.ROOT, "%.1f", f.soloRestartReadySeconds()),
                    f.rssIdleMiB(), f.rssPeakUnderLoadMiB())));
        }

        if (engine != null) {
            md.append(String.format(Locale.ROOT, "%n## Risk engine alone (JMH, one thread)%n%n%,.0f full checks/s "
                    + "(± %,.0f)%n", (double) engine.get("checksPerSecondPerCore"), (double) engine.get("error")));
        }
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) pipeline.get("notes");
        if (notes != null && !notes.isEmpty()) {
            md.append("\n## Notes from the run\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    String summary() {
        StringBuilder text = new StringBuilder("Targets:\n");
        targets.forEach(t -> text.append(String.format(Locale.ROOT, "  %-62s %s%n      %s%n", t.target(), t.status(),
                t.measured())));
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) pipeline.get("notes");
        if (notes != null) {
            notes.stream().filter(n -> n.contains("not measured")).forEach(n -> text.append("  ! ").append(n)
                    .append('\n'));
        }
        return text.toString();
    }

    private void stepTable(StringBuilder md, List<StepResult> steps) {
        md.append("| how | offered /s | sent | approved | denied | at the simulator | lost | achieved /s "
                + "| decision p50 / p99 ms (sent by risk-service) | end-to-end p50 ms | p99 ms | p99.9 ms | max ms "
                + "| p50 / p99 × 3-hop floor | POST /v2/orders mean ms | sustained |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (StepResult s : steps) {
            LatencyResult e2e = s.endToEnd();
            LatencyResult f = floor(s.offeredPerSecond());
            boolean none = e2e.received() == 0;
            String ratio = f == null || none ? "–" : String.format(Locale.ROOT, "%.1f / %.1f (floor at %d/s)",
                    e2e.p50Micros() / f.p50Micros(), e2e.p99Micros() / f.p99Micros(), f.offeredPerSecond());
            String decision = s.decision() == null ? "–" : ms(s.decision().p50Micros()) + " / "
                    + ms(s.decision().p99Micros()) + " (" + ms(s.decisionPublished().p50Micros()) + " / "
                    + ms(s.decisionPublished().p99Micros()) + ")";
            md.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %d | %d%s | %d | %d | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    s.how(), s.offeredPerSecond(), s.sent(), s.approved(), s.denied(),
                    s.deniedBy().isEmpty() ? "" : " " + s.deniedBy(), s.placed(), s.lost(), s.achievedPerSecond(),
                    decision, none ? "–" : ms(e2e.p50Micros()), none ? "–" : ms(e2e.p99Micros()),
                    none ? "–" : ms(e2e.p999Micros()), none ? "–" : ms(e2e.maxMicros()), ratio,
                    Double.isNaN(s.brokerSubmitMeanMs()) ? "–" : String.format(Locale.ROOT, "%.1f",
                            s.brokerSubmitMeanMs()),
                    s.sustained() ? "yes" : "**no**"));
        }
        if (steps.isEmpty() || steps.get(0).coresBusy() == null) {
            return;
        }
        List<String> names = new ArrayList<>(steps.get(0).coresBusy().keySet());
        md.append("\nWhere the CPU went over each step (cores busy on average; 2 cores in all), and `positions` "
                + "events (snapshots and position changes) published per second:\n\n| how | positions events/s | ");
        names.forEach(n -> md.append(n.replace("-service", "")).append(" | "));
        md.append("\n|---|---|").append("---|".repeat(names.size())).append('\n');
        for (StepResult s : steps) {
            md.append("| ").append(s.how()).append(" | ").append(String.format(Locale.ROOT, "%.1f", s.snapshotsPerSecond()))
                    .append(" | ");
            names.forEach(n -> md.append(String.format(Locale.ROOT, "%.2f", s.coresBusy().getOrDefault(n, Double.NaN)))
                    .append(" | "));
            md.append('\n');
        }
    }

    /** CPU of the whole machine beyond rest, per order placed, over a decision step. */
    static double cpuSecondsPerOrder(StepResult step, Map<String, Double> idle) {
        return (step.coresBusy().get("machine") - idle.get("machine")) / step.achievedPerSecond();
    }

    private void latencyTable(StringBuilder md, List<LatencyResult> rows) {
        LatencyResult f = floor(10);
        md.append("| path | n | p50 ms | p99 ms | p99.9 ms | max ms | p50 / p99 × 3-hop floor at 10/s |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (LatencyResult r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", r.path(), r.received(),
                    ms(r.p50Micros()), ms(r.p99Micros()), ms(r.p999Micros()), ms(r.maxMicros()),
                    f == null ? "–" : String.format(Locale.ROOT, "%.1f / %.1f", r.p50Micros() / f.p50Micros(),
                            r.p99Micros() / f.p99Micros())));
        }
    }

    /** The three-hop floor at {@code rate}, else at the highest measured rate below it. */
    private LatencyResult floor(int rate) {
        LatencyResult best = null;
        for (LatencyResult r : floor) {
            if (r.path().equals("kafka 3 hops") && r.offeredPerSecond() <= rate
                    && (best == null || r.offeredPerSecond() > best.offeredPerSecond())) {
                best = r;
            }
        }
        return best;
    }

    private static String highest(List<StepResult> steps) {
        int best = 0;
        for (StepResult s : steps) {
            if (!s.sustained()) {
                break;
            }
            best = s.offeredPerSecond();
        }
        boolean all = steps.stream().allMatch(StepResult::sustained);
        return best == 0 ? "below " + steps.get(0).offeredPerSecond() + "/s"
                : best + "/s" + (all ? " (the highest rate tried)" : "");
    }

    @SuppressWarnings("unchecked")
    private String loadAverage(String when) {
        return String.valueOf(((Map<String, Object>) report.get("loadAverage")).get(when));
    }

    private static void addIfPresent(List<StepResult> steps, Object step) {
        if (step != null) {
            steps.add((StepResult) step);
        }
    }

    private static String ms(double micros) {
        return String.format(Locale.ROOT, micros >= 100_000 ? "%.0f" : "%.1f", micros / 1e3);
    }
}
