package dev.tradeguard.cli;

import java.util.List;

/**
 * The exit codes of every command, documented in docs/operations.md. A script can tell "the system is not as it must
 * be" from "I could not ask" from "I was not allowed".
 */
public final class ExitCode {
    /** Done, and everything checked is as it must be. */
    public static final int OK = 0;
    /** The services answered, and what they said is not as it must be: not ready, not flat, verification failed. */
    public static final int NOT_OK = 1;
    /** Bad arguments, or refused by the tool itself (close-all without --force): nothing was sent. */
    public static final int USAGE = 2;
    /** A service did not answer (nothing listening, timeout, no route). */
    public static final int UNREACHABLE = 3;
    /** A service answered with an error (401/403: token or role, 404: unknown, 400: bad value): its message is shown. */
    public static final int REJECTED = 4;
    /** The configuration or the token source is unusable (unreadable file, bad URL, no signing key). */
    public static final int CONFIG = 5;

    /** Severity order when a command meets several outcomes: the worst one is the exit code. */
    private static final List<Integer> BY_SEVERITY = List.of(OK, NOT_OK, REJECTED, UNREACHABLE, CONFIG, USAGE);

    private ExitCode() {
    }

    public static int worst(int a, int b) {
        return BY_SEVERITY.indexOf(a) >= BY_SEVERITY.indexOf(b) ? a : b;
    }
}
