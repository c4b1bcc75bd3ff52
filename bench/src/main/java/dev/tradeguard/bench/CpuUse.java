package dev.tradeguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went during a step (Linux {@code /proc}): each process's user + system time, and the whole
 * machine's busy time, as cores busy on average over the step. "other" is the machine less the processes named:
 * PostgreSQL, mostly. Clock ticks are taken as 100 per second (Linux's USER_HZ).
 */
final class CpuUse {
    private static final double TICKS_PER_SECOND = 100.0;

    /** The counters at one moment: ticks per process name, the machine's busy ticks, and the time. */
    record Sample(Map<String, Long> ticks, long machineBusyTicks, long nanos) {
    }

    private CpuUse() {
    }

    static Sample sample(Map<String, Long> pids) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
        return new Sample(ticks, machineBusyTicks(), System.nanoTime());
    }

    /** Cores busy on average between the two samples, per process, plus "other" and "machine". */
    static Map<String, Double> between(Sample from, Sample to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        double named = 0;
        for (Map.Entry<String, Long> entry : to.ticks().entrySet()) {
            Long before = from.ticks().get(entry.getKey());
            if (before == null || before < 0 || entry.getValue() < 0) {
                continue;
            }
            double used = (entry.getValue() - before) / TICKS_PER_SECOND / seconds;
            cores.put(entry.getKey(), round(used));
            named += used;
        }
        double machine = (to.machineBusyTicks() - from.machineBusyTicks()) / TICKS_PER_SECOND / seconds;
        cores.put("other", round(Math.max(0, machine - named)));
        cores.put("machine", round(machine));
        return cores;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        } catch (Exception e) {
            return -1;
        }
    }

    private static long machineBusyTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] { 1, 2, 3, 6, 7 }) { // user, nice, system, irq, softirq (guest is in user)
                busy += Long.parseLong(fields[i]);
            }
            return busy;
        } catch (Exception e) {
            return -1;
        }
    }
}
