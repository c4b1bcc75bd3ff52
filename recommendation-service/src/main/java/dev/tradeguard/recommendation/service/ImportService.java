package dev.tradeguard.recommendation.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.recommendation.config.RecommendationConfig;
import dev.tradeguard.recommendation.domain.ImportLine;
import dev.tradeguard.recommendation.domain.ImportOutcome;
import dev.tradeguard.recommendation.domain.ImportReport;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import dev.tradeguard.recommendation.domain.LineNote;
import dev.tradeguard.recommendation.domain.MarketCalendar;
import dev.tradeguard.recommendation.domain.Origin;
import dev.tradeguard.recommendation.domain.ParsedInformation;
import dev.tradeguard.recommendation.domain.ParsedOrder;
import dev.tradeguard.recommendation.domain.RecommendationIds;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.domain.StoredRecommendation;
import dev.tradeguard.recommendation.domain.TodaysTradesFile;
import dev.tradeguard.recommendation.domain.TodaysTradesParser;
import dev.tradeguard.recommendation.repository.ImportRepository;
import dev.tradeguard.recommendation.service.RecommendationService.Candidate;

/**
 * Imports a TODAYS_TRADES file: every order row goes through the same validation as a REST submission, row by row,
 * so one bad row does not hold back the good ones; the report says what happened to each line. Ids are derived from
 * the file date, bot section, table, symbol and occurrence, so importing the same file again creates nothing.
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final String DEFAULT_SOURCE = "TODAYS_TRADES";

    private final TodaysTradesParser parser = new TodaysTradesParser();

    @Inject
    RecommendationService recommendations;

    @Inject
    ImportRepository imports;

    @Inject
    RecommendationConfig config;

    @Inject
    MarketCalendar calendar;

    @Inject
    Clock clock;

    /**
     * @param origin how the file arrived ({@code upload}, {@code watched-directory})
     * @throws InvalidInputException when the file as a whole is unusable (too large, no date, no bot section)
     */
    @Transactional
    public ImportReport importFile(String fileName, String text, String origin, String importedBy) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new InvalidInputException("(file)", "is empty");
        }
        if (bytes.length > config.imports().maxBytes()) {
            throw new InvalidInputException("(file)", "has " + bytes.length + " bytes, at most "
                    + config.imports().maxBytes() + " are accepted");
        }
        TodaysTradesFile file = parser.parse(fileName, text);
        if (!file.errors().isEmpty()) {
            throw new InvalidInputException(file.errors().stream().map(error -> new Violation("(file)", error))
                    .toList());
        }
        Instant now = clock.instant();
        LocalTime generated = file.generatedAt() != null ? file.generatedAt() : LocalTime.MIDNIGHT;
        Instant generatedAt = ZonedDateTime.of(file.date(), generated, MarketCalendar.NEW_YORK).toInstant();
        Instant validUntil = calendar.closeOfSessionAfter(generatedAt);
        java.time.LocalDate marketDate = MarketCalendar.marketDate(validUntil);
        UUID importId = UUID.randomUUID();

        List<ImportLine> lines = new ArrayList<>();
        for (LineNote note : file.notes()) {
            lines.add(new ImportLine(note.line(), switch (note.kind()) {
                case REJECTED -> ImportOutcome.REJECTED;
                case NO_ORDERS -> ImportOutcome.NO_ORDERS;
                case NOTE -> ImportOutcome.NOTE;
                case IGNORED -> ImportOutcome.IGNORED;
            }, null, null, null, null, null, note.message()));
        }
        Set<String> keys = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (ParsedOrder order : file.orders()) {
            lines.add(importOrder(file, order, marketDate, validUntil, now, keys, ids, importedBy, importId));
        }
        for (ParsedInformation information : file.information()) {
            lines.add(keepInformation(file, information, marketDate, now, importedBy, importId));
        }
        lines.sort(Comparator.comparingInt(ImportLine::line));
        ImportReport report = new ImportReport(importId, fileName, file.date(), marketDate, validUntil,
                count(lines, ImportOutcome.CREATED), count(lines, ImportOutcome.ALREADY_IMPORTED),
                count(lines, ImportOutcome.REJECTED), count(lines, ImportOutcome.INFORMATION), file.warnings(),
                List.copyOf(lines));
        imports.insert(report, sha256(bytes), origin, importedBy, now);
        LOG.infof("Imported %s (%s): %d created, %d already imported, %d rejected, %d kept as information",
                fileName, origin, report.created(), report.alreadyImported(), report.rejected(),
                report.information());
        return report;
    }

    private ImportLine importOrder(TodaysTradesFile file, ParsedOrder order, java.time.LocalDate marketDate,
            Instant validUntil, Instant now, Set<String> keys, Set<UUID> ids, String importedBy, UUID importId) {
        String account = config.accounts().get(order.bot());
        if (account == null) {
            return new ImportLine(order.line(), ImportOutcome.REJECTED, order.bot(), null, order.symbol(),
                    order.side(), null, noAccount(order.bot()));
        }
        UUID id = RecommendationIds.named(String.join("|", "todays-trades", file.date().toString(), order.bot(),
                order.table(), order.symbol(), Integer.toString(order.occurrence())));
        Recommendation event = new Recommendation(RecommendationIds.eventIdFor(id),
                TradingEvent.CURRENT_SCHEMA_VERSION, account, order.strategy(), now, id.toString(), order.symbol(),
                order.side(), order.quantity(), order.limitPrice(), order.stopLoss(), order.takeProfit(),
                order.confidence(), order.source() != null ? order.source() : DEFAULT_SOURCE, order.rationale(),
                order.catalyst(), order.catalystDate(), validUntil);
        Candidate candidate = new Candidate(event, marketDate);
        Verdict verdict = recommendations.assess(candidate, now, keys, ids);
        String notes = String.join("; ", order.notes());
        return switch (verdict.kind()) {
            case NEW -> {
                recommendations.publish(candidate, Origin.IMPORT, importedBy, importId, order.line(), now);
                yield new ImportLine(order.line(), ImportOutcome.CREATED, order.bot(), account, order.symbol(),
                        order.side(), id, notes.isEmpty() ? null : notes);
            }
            case ALREADY_EXISTS -> new ImportLine(order.line(), ImportOutcome.ALREADY_IMPORTED, order.bot(), account,
                    order.symbol(), order.side(), id, "imported before; nothing new");
            case INVALID -> new ImportLine(order.line(), ImportOutcome.REJECTED, order.bot(), account,
                    order.symbol(), order.side(), null, Violations.describe(verdict.violations())
                            + (notes.isEmpty() ? "" : " (" + notes + ")"));
        };
    }

    private ImportLine keepInformation(TodaysTradesFile file, ParsedInformation information,
            java.time.LocalDate marketDate, Instant now, String importedBy, UUID importId) {
        String account = config.accounts().get(information.bot());
        if (account == null) {
            return new ImportLine(information.line(), ImportOutcome.REJECTED, information.bot(), null,
                    information.symbol(), null, null, noAccount(information.bot()));
        }
        UUID id = RecommendationIds.named(String.join("|", "todays-trades", file.date().toString(), information.bot(),
                "REJECTED", information.symbol(), String.valueOf(information.source()),
                Integer.toString(information.occurrence())));
        Recommendation event = new Recommendation(RecommendationIds.eventIdFor(id),
                TradingEvent.CURRENT_SCHEMA_VERSION, account, information.strategy(), now, id.toString(),
                information.symbol(), null, null, null, null, null, null,
                information.source() != null ? information.source() : DEFAULT_SOURCE, null, null, null, null);
        boolean kept = recommendations.keepAsInformation(new StoredRecommendation(event,
                RecommendationStatus.REJECTED_INFO, information.reason(), marketDate, Origin.IMPORT, importedBy,
                importId, information.line(), now));
        return new ImportLine(information.line(), ImportOutcome.INFORMATION, information.bot(), account,
                information.symbol(), null, id, (kept ? "kept as information, never traded: " : "kept before: ")
                        + information.reason());
    }

    private static String noAccount(String bot) {
        return "no account is configured for " + bot + ": set tradeguard.recommendation.accounts.\"" + bot + "\"";
    }

    private static int count(List<ImportLine> lines, ImportOutcome outcome) {
        return (int) lines.stream().filter(line -> line.outcome() == outcome).count();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
