package dev.tradeguard.console.client;

/** A service did not answer, or answered with a server error: the console says which, and what still works. */
public class ServiceDownException extends RuntimeException {
    private final Service service;

    public ServiceDownException(Service service, String detail) {
        super(service.displayName() + " is not answering (" + detail + "): " + service.provides()
                + " are unavailable; the rest of the console still works");
        this.service = service;
    }

    public Service service() {
        return service;
    }
}
