package dev.tradeguard.model.serde;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The result of reading one record: the event, or the reason it could not be read. It always keeps the raw bytes, so a
 * rejected record can be dead-lettered exactly as it arrived.
 */
public final class Decoded<T> {
    private final T event;
    private final String failure;
    private final byte[] raw;

    private Decoded(T event, String failure, byte[] raw) {
        this.event = event;
        this.failure = failure;
        this.raw = raw;
    }

    public static <T> Decoded<T> ok(T event, byte[] raw) {
        return new Decoded<>(Objects.requireNonNull(event), null, raw);
    }

    public static <T> Decoded<T> failed(String reason, byte[] raw) {
        return new Decoded<>(null, Objects.requireNonNull(reason), raw);
    }

    public boolean isOk() {
        return failure == null;
    }

    /** The event; only when {@link #isOk()}. */
    public T event() {
        if (failure != null) {
            throw new IllegalStateException("record could not be read: " + failure);
        }
        return event;
    }

    /** Why the record could not be read; {@code null} when it could. */
    public String failure() {
        return failure;
    }

    public byte[] raw() {
        return raw;
    }

    @Override
    public String toString() {
        return isOk() ? "Decoded[" + event + "]"
                : "Decoded[failure=" + failure + ", raw=" + (raw == null ? "null" : new String(raw, StandardCharsets.UTF_8)) + "]";
    }
}
