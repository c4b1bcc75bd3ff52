package dev.tradeguard.alert.rest;

import java.util.List;

import dev.tradeguard.model.validation.Violation;

/** The body of every 4xx/5xx answer of alert-service: what is wrong, naming each field. */
public record ErrorBody(int status, String message, List<Violation> violations) {
}
