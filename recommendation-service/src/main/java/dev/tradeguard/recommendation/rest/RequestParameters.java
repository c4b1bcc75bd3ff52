package dev.tradeguard.recommendation.rest;

import java.util.UUID;

import jakarta.ws.rs.core.SecurityContext;

import dev.tradeguard.recommendation.domain.InvalidInputException;

/** How every resource reads its path and query parameters and its caller: a wrong parameter is a 400 naming it. */
final class RequestParameters {
    private RequestParameters() {
    }

    /** An id in the path: anything but a UUID is a 400 (never a 404 that hides the typo). */
    static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be a UUID, got '" + text + "'");
        }
    }

    /** A {@code limit} query parameter: absent is {@code fallback}, anything but a whole number in range a 400. */
    static int limit(String limit, int fallback, int max) {
        if (limit == null || limit.isBlank()) {
            return fallback;
        }
        int rows;
        try {
            rows = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            rows = -1;
        }
        if (rows < 1 || rows > max) {
            throw new InvalidInputException("limit", "must be a whole number from 1 to " + max + ", got '" + limit
                    + "'");
        }
        return rows;
    }

    /** The signed-in caller's name, as submissions and imports record it. */
    static String user(SecurityContext security) {
        return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }
}
