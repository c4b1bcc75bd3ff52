package dev.tradeguard.platform.clock;

/** The followed clock did not answer when the service started: the service refuses to run on a guessed time. */
public class FollowedClockUnreachableException extends IllegalStateException {
    public FollowedClockUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
