package dev.tradeguard.brokersim.domain;

/**
 * A request Alpaca would refuse: carries the HTTP status and Alpaca's numeric error code so the REST layer can answer
 * {@code {"code":…, "message":…}} exactly as Alpaca does.
 */
public class BrokerRejection extends RuntimeException {

    public static final int INVALID_INPUT = 40010001;
    public static final int UNAUTHORIZED = 40110000;
    public static final int FORBIDDEN = 40310000;
    public static final int PATTERN_DAY_TRADING = 40310100;
    public static final int NOT_FOUND = 40410000;
    public static final int UNPROCESSABLE = 42210000;
    public static final int RATE_LIMITED = 42910000;
    public static final int INTERNAL = 50010000;

    private final int httpStatus;
    private final int code;

    public BrokerRejection(int httpStatus, int code, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public static BrokerRejection invalid(String message) {
        return new BrokerRejection(422, INVALID_INPUT, message);
    }

    public static BrokerRejection forbidden(String message) {
        return new BrokerRejection(403, FORBIDDEN, message);
    }

    public static BrokerRejection notFound(String message) {
        return new BrokerRejection(404, NOT_FOUND, message);
    }

    public static BrokerRejection unprocessable(String message) {
        return new BrokerRejection(422, UNPROCESSABLE, message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }
}
