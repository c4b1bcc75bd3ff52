package dev.tradeguard.recommendation.domain;

import java.util.UUID;

import dev.tradeguard.model.Side;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One line of an import report. */
@RegisterForReflection
public record ImportLine(int line, ImportOutcome outcome, String bot, String accountId, String symbol, Side side,
        UUID recommendationId, String detail) {
}
