package dev.tradeguard.brokersim.domain;

import java.util.Locale;
import java.util.Optional;

/** An enum with the exact spelling Alpaca uses on the wire: its constant's name in lower case unless it says other. */
public interface WireEnum {

    /** Implemented by every enum. */
    String name();

    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

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
