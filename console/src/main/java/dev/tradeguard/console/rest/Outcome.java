package dev.tradeguard.console.rest;

import java.util.List;

/** What became of a person's act, shown on the page it was made from. */
public record Outcome(boolean ok, String title, List<String> details) {

    static Outcome done(String title, String... details) {
        return new Outcome(true, title, List.of(details));
    }

    static Outcome refused(String title, String... details) {
        return new Outcome(false, title, List.of(details));
    }
}
