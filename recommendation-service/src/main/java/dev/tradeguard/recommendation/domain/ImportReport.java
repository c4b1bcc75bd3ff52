package dev.tradeguard.recommendation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an import read, created and rejected, line by line.
 *
 * @param marketDate the trading session the file's orders are for: the first to close after the file was generated
 * @param validUntil that session's close; the orders expire then
 * @param replay whether the file was replayed as of its trading day
 * @param asOf the instant the rows were judged at: now, or in a replay when the file was generated
 */
@RegisterForReflection
public record ImportReport(UUID importId, String fileName, LocalDate fileDate, LocalDate marketDate,
        Instant validUntil, boolean replay, Instant asOf, int created, int alreadyImported, int rejected,
        int information, List<String> warnings, List<ImportLine> lines) {
}
