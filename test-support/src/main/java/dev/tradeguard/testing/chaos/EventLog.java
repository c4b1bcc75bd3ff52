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

    /** The events naming any of {@code ids}, and every fault, between {@code from} and {@code to}. */
    public List<Event> history(List<String> ids, Instant from, Instant to) {
        return events.stream().filter(e -> !e.at().isBefore(from) && !e.at().isAfter(to))
                .filter(e -> e.actor().equals("nemesis") || ids.stream().anyMatch(id -> e.what().contains(id)))
                .toList();
    }
}
