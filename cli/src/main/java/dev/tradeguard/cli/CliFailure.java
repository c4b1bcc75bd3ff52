package dev.tradeguard.cli;

/** A command that cannot go on: its message says what was and was not done; printed without a stack trace. */
public class CliFailure extends RuntimeException {
    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
