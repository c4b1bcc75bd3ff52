package dev.tradeguard.brokersim.domain;

import java.util.Optional;

/** An enum with the exact spelling Alpaca uses on the wire. */
public interface WireEnum {

    String wire();

    static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
