package dev.tradeguard.risk.service;

/** A person's approval action that cannot be done as asked; {@code status} is the HTTP status to answer with. */
public class ApprovalException extends RuntimeException {
    private final int status;

    public ApprovalException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
