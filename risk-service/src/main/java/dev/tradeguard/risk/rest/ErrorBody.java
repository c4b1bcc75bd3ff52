package dev.tradeguard.risk.rest;

import java.util.List;

import dev.tradeguard.model.validation.Violation;

/** The body of every 4xx answer: what is wrong, naming each field. */
public record ErrorBody(int status, String message, List<Violation> violations) {
}
