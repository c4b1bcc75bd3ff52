package dev.tradeguard.console.service;

import java.util.function.Supplier;

import dev.tradeguard.console.client.ServiceDownException;
import dev.tradeguard.console.client.ServiceRefusedException;

/**
 * One section of a page: what a service answered, or why it could not be had. A section whose service is down says
 * so on its own and the rest of the page still renders.
 */
public record Loaded<T>(T value, String error) {

    public static <T> Loaded<T> of(Supplier<T> call) {
        try {
            return new Loaded<>(call.get(), null);
        } catch (ServiceDownException | ServiceRefusedException e) {
            return new Loaded<>(null, e.getMessage());
        }
    }

    public boolean failed() {
        return error != null;
    }
}
