package dev.tradeguard.recommendation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One past import, without its lines. */
@RegisterForReflection
public record ImportSummary(UUID importId, String fileName, LocalDate fileDate, String origin, String importedBy,
        Instant importedAt, int created, int rejected) {
}
