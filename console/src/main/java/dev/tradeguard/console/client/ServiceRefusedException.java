package dev.tradeguard.console.client;

/** A service answered 4xx: the request was refused, with the service's own reason (e.g. a denied re-check). */
public class ServiceRefusedException extends RuntimeException {
    private final Service service;
    private final int status;

    public ServiceRefusedException(Service service, int status, String reason) {
        super(service.displayName() + " refused (" + status + "): " + reason);
        this.service = service;
        this.status = status;
    }

    public Service service() {
        return service;
    }

    public int status() {
        return status;
    }
}
