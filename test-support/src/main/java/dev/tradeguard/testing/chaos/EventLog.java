package dev.tradeguard.testing.chaos;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the load and the nemesis did, in the order they did it: the history a violation is explained by. */
public final class EventLog {
    /** One thing done: who did it (load, person, nemesis) and what, naming the ids it touched. */
    public record Event(Instant at, String actor, String what) {
        @Override
        public String toString() {
            return at + " " + actor + ": " + what;
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    public void add(String actor, String what) {
        events.add(new Event(Instant.now(), actor, what));
    }

    public List<Event> all() {
        return List.copyOf(events);
    }

    /** How far around the events of a violation's ids the faults that may explain it are shown. */
    private static final java.time.Duration AROUND = java.time.Duration.ofSeconds(30);

    /**
     * The events naming any of {@code ids}, and the faults from {@link #AROUND} before the first of them to as long
     * after the last (every fault of the run when no event names them).
     */
    public List<Event> history(List<String> ids) {
        List<Event> named = events.stream().filter(e -> ids.stream().anyMatch(id -> e.what().contains(id))).toList();
        Instant from = named.isEmpty() ? Instant.MIN : named.get(0).at().minus(AROUND);
        Instant to = named.isEmpty() ? Instant.MAX : named.get(named.size() - 1).at().plus(AROUND);
        return events.stream().filter(e -> named.contains(e) || e.actor().equals("nemesis")
                && !e.at().isBefore(from) && !e.at().isAfter(to)).toList();
    }
}
