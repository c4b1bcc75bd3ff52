package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.tradeguard.monitor.config.MonitorConfig;
import dev.tradeguard.monitor.domain.GoLiveCriterion.Status;

/** The guide's Phase 1 and final checklist, as far as a machine can measure it. */
public final class GoLiveGate {
    public static final String PAPER_DAYS = "30+ days of paper trading";
    public static final String WIN_RATE = "win rate";
    public static final String SHARPE = "Sharpe ratio";
    public static final String MAX_DRAWDOWN = "max drawdown";
    public static final String STOPS = "every position had a stop loss";
    public static final String KILL_SWITCH = "kill switch exercised recently";
    public static final String ALERT_CHANNELS = "each alert channel delivered recently";
    public static final String KEY_AGE = "API key age ≤ 90 days";
    /** The guide's "rotate keys every 90 days" (execution-service alerts at 80 and 90). */
    static final int MAX_KEY_AGE_DAYS = 90;

    private GoLiveGate() {
    }

    public static GoLiveReport evaluate(GoLiveEvidence evidence, MonitorConfig.GoLive limits) {
        List<GoLiveCriterion> criteria = new ArrayList<>();
        criteria.add(paperDays(evidence, limits));
        criteria.add(atLeast(WIN_RATE, evidence.metrics().winRate(), limits.minWinRate()));
        criteria.add(atLeast(SHARPE, evidence.metrics().sharpe(), limits.minSharpe()));
        criteria.add(drawdown(evidence.metrics().maxDrawdown().depth(), limits.maxDrawdownPct()));
        criteria.add(stops(evidence));
        criteria.add(killSwitch(evidence, limits));
        criteria.add(keyAge(evidence.keysIssuedOn(), evidence.asOf()));
        criteria.add(new GoLiveCriterion(ALERT_CHANNELS, null, "a successful delivery on every channel",
                Status.UNKNOWN, "deliveries are made and recorded by alert-service, which monitor-service does not "
                        + "read: confirm a recent successful delivery on each configured channel there"));
        List<String> reasons = criteria.stream().filter(c -> c.status() == Status.FAIL)
                .map(c -> c.name() + ": " + c.detail()).toList();
        List<String> manual = criteria.stream().filter(c -> c.status() == Status.UNKNOWN)
                .map(c -> c.name() + ": " + c.detail()).toList();
        return new GoLiveReport(evidence.accountId(), evidence.asOf(),
                reasons.isEmpty() ? GoLiveReport.Verdict.GO : GoLiveReport.Verdict.NO_GO, criteria, reasons, manual);
    }

    private static GoLiveCriterion paperDays(GoLiveEvidence evidence, MonitorConfig.GoLive limits) {
        String threshold = "≥ " + limits.minPaperTradingDays() + " calendar days";
        if (evidence.firstClose() == null) {
            return new GoLiveCriterion(PAPER_DAYS, "0", threshold, Status.FAIL, "no daily close recorded yet");
        }
        long days = ChronoUnit.DAYS.between(evidence.firstClose(), evidence.lastClose()) + 1;
        boolean pass = days >= limits.minPaperTradingDays();
        return new GoLiveCriterion(PAPER_DAYS, String.valueOf(days), threshold, pass ? Status.PASS : Status.FAIL,
                days + " calendar days from " + evidence.firstClose() + " to " + evidence.lastClose());
    }

    private static GoLiveCriterion atLeast(String name, Metric metric, BigDecimal minimum) {
        String threshold = "≥ " + minimum.toPlainString();
        if (!metric.defined()) {
            return new GoLiveCriterion(name, null, threshold, Status.FAIL, "undefined: " + metric.undefinedReason());
        }
        boolean pass = metric.value().compareTo(minimum) >= 0;
        return new GoLiveCriterion(name, metric.describe(4), threshold, pass ? Status.PASS : Status.FAIL,
                metric.describe(4) + (pass ? " meets " : " is below ") + minimum.toPlainString());
    }

    private static GoLiveCriterion drawdown(Metric metric, BigDecimal maximum) {
        String threshold = "< " + maximum.toPlainString();
        if (!metric.defined()) {
            return new GoLiveCriterion(MAX_DRAWDOWN, null, threshold, Status.FAIL,
                    "undefined: " + metric.undefinedReason());
        }
        boolean pass = metric.value().compareTo(maximum) < 0;
        return new GoLiveCriterion(MAX_DRAWDOWN, metric.describe(4), threshold, pass ? Status.PASS : Status.FAIL,
                metric.describe(4) + (pass ? " is below " : " is not below ") + maximum.toPlainString());
    }

    private static GoLiveCriterion stops(GoLiveEvidence evidence) {
        String value = evidence.positionsWithoutStop() + " of " + evidence.positionsObserved() + " without a stop";
        if (evidence.positionsObserved() == 0) {
            return new GoLiveCriterion(STOPS, value, "0 without a stop", Status.FAIL, "no position observed yet");
        }
        boolean pass = evidence.positionsWithoutStop() == 0;
        return new GoLiveCriterion(STOPS, value, "0 without a stop", pass ? Status.PASS : Status.FAIL,
                pass ? "every position had a stop from its recommendation"
                        : evidence.positionsWithoutStop() + " position(s) had no known stop loss");
    }

    /** Unknown fails, like every undefined measure: keys of unknown age may be long overdue. */
    static GoLiveCriterion keyAge(LocalDate keysIssuedOn, LocalDate asOf) {
        String threshold = "≤ " + MAX_KEY_AGE_DAYS + " days since issued";
        if (keysIssuedOn == null) {
            return new GoLiveCriterion(KEY_AGE, null, threshold, Status.FAIL,
                    "unknown: keys-issued-on not configured (execution-service's ALPACA_KEYS_ISSUED_ON)");
        }
        long age = ChronoUnit.DAYS.between(keysIssuedOn, asOf);
        if (age < 0) {
            // Only a replay of an earlier period gets here: execution-service refuses to start with keys issued
            // after the real today, so these keys are new on the simulated day, as execution-service counts them.
            return new GoLiveCriterion(KEY_AGE, "0 days", threshold, Status.PASS, "issued on " + keysIssuedOn
                    + ", after " + asOf + " (a replay of an earlier period): counted as new keys");
        }
        boolean pass = age <= MAX_KEY_AGE_DAYS;
        return new GoLiveCriterion(KEY_AGE, age + " days", threshold, pass ? Status.PASS : Status.FAIL,
                "issued on " + keysIssuedOn + ", " + age + " days ago" + (pass ? "" : ": rotate the keys"));
    }

    private static GoLiveCriterion killSwitch(GoLiveEvidence evidence, MonitorConfig.GoLive limits) {
        String threshold = "HALTED within the last " + limits.killSwitchWithinDays() + " days";
        if (evidence.lastHalted() == null) {
            return new GoLiveCriterion(KILL_SWITCH, null, threshold, Status.FAIL,
                    "the kill switch was never seen halting this account");
        }
        long ago = ChronoUnit.DAYS.between(evidence.lastHalted(), evidence.asOf());
        boolean pass = ago <= limits.killSwitchWithinDays();
        return new GoLiveCriterion(KILL_SWITCH, evidence.lastHalted().toString(), threshold,
                pass ? Status.PASS : Status.FAIL, "last halted " + ago + " days ago");
    }
}
