package dev.tradeguard.cli.client;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;

/** A request a service did not answer ({@code status} 0) or answered with an error; the message names both. */
public final class ServiceCallException extends CliFailure {
    private final Service service;
    private final int status;

    ServiceCallException(Service service, int status, String message) {
        super(status == 0 ? ExitCode.UNREACHABLE : ExitCode.REJECTED, message);
        this.service = service;
        this.status = status;
    }

    /** An answer that is not what the request needed. */
    public static ServiceCallException answered(Service service, int status, String message) {
        return new ServiceCallException(service, status, message);
    }

    public Service service() {
        return service;
    }

    /** The HTTP status, or 0 when the service did not answer. */
    public int status() {
        return status;
    }

    public boolean unreachable() {
        return status == 0;
    }
}
