package dev.tradeguard.alert.messaging;

/** A failed send. {@link #permanent()}: trying again cannot help (e.g. 400 Bad Request, 401 Unauthorized). */
public class DeliveryException extends Exception {
    private final boolean permanent;

    public DeliveryException(String message, boolean permanent) {
        super(message, null, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
