package dev.tradeguard.execution.domain;

/** A broker call that did not succeed, classified by what the caller may safely do next. */
public class BrokerException extends Exception {

    public enum Kind {
        /** The broker refused the request (4xx other than 404/429): it did nothing, and repeating will not help. */
        REJECTED,
        /** 404. */
        NOT_FOUND,
        /** 429 after every retry: not processed. */
        RATE_LIMITED,
        /** 5xx, timeout, I/O error: the request may or may not have been processed. */
        UNCERTAIN,
        /** The client order id is in use already: the order exists. */
        DUPLICATE_CLIENT_ORDER_ID
    }

    private final Kind kind;
    private final Integer httpStatus;

    public BrokerException(Kind kind, Integer httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    public Integer httpStatus() {
        return httpStatus;
    }
}
