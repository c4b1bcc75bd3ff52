package dev.tradeguard.recommendation.domain;

import java.util.UUID;

import dev.tradeguard.model.Side;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One line of an import report.
 *
 * @param bot the strategy of the section it stood in, and {@code mode} whether its bot meant paper or live money
 *        ({@code null} when unclear)
 */
@RegisterForReflection
public record ImportLine(int line, ImportOutcome outcome, String bot, TradingMode mode, String accountId, String symbol, Side side,
        UUID recommendationId, String detail) {
}
