package dev.tradeguard.recommendation.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.recommendation.config.RecommendationConfig;
import dev.tradeguard.recommendation.domain.AccountRoutes;
import dev.tradeguard.recommendation.domain.AccountRoutes.Route;
import dev.tradeguard.recommendation.domain.BotSection;
import dev.tradeguard.recommendation.domain.ImportLine;
import dev.tradeguard.recommendation.domain.ImportOutcome;
import dev.tradeguard.recommendation.domain.ImportReport;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import dev.tradeguard.recommendation.domain.LineNote;
import dev.tradeguard.recommendation.domain.Origin;
import dev.tradeguard.recommendation.domain.ParsedInformation;
import dev.tradeguard.recommendation.domain.ParsedOrder;
import dev.tradeguard.recommendation.domain.RecommendationIds;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.domain.Replay;
import dev.tradeguard.recommendation.domain.StoredRecommendation;
import dev.tradeguard.recommendation.domain.TodaysTradesFile;
import dev.tradeguard.recommendation.domain.TodaysTradesParser;
import dev.tradeguard.recommendation.domain.TradingMode;
import dev.tradeguard.recommendation.repository.ImportRepository;
import dev.tradeguard.recommendation.service.RecommendationService.Candidate;

/**
 * Imports a TODAYS_TRADES file: every order row goes to the account of its bot and mode (paper or live) or nowhere,
 * and through the same validation as a REST submission, row by row, so one bad row does not hold back the good ones;
 * the report says what happened to each line. Ids are derived from the file date, bot section and its mode, table,
 * symbol and occurrence, so importing the same file again creates nothing.
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
    AccountRoutes routes;

    @Inject
    NyseCalendar calendar;

    @Inject
    Clock clock;

    /** An import in live operation: validity judged now, so a past day's rows have expired. */
    public ImportReport importFile(String fileName, String text, String origin, String importedBy) {
        return importFile(fileName, text, origin, importedBy, Replay.NONE);
    }

    /**
     * @param origin how the file arrived ({@code upload}, {@code watched-directory})
     * @param replay whether the caller asked to replay a past day's file as of that day
     * @throws InvalidInputException when the file as a whole is unusable (too large, no date, no bot section), or a
     *         replay is asked for where replay is off or for another day than the file's
     */
    @Transactional
    public ImportReport importFile(String fileName, String text, String origin, String importedBy, Replay replay) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new InvalidInputException("(file)", "is empty");
        }
        if (bytes.length > config.imports().maxBytes()) {
            throw new InvalidInputException("(file)", "has " + bytes.length + " bytes, at most "
                    + config.imports().maxBytes() + " are accepted");
        }
        if (replay.requested() && !config.imports().replayEnabled()) {
            throw new InvalidInputException(replay.field(), "replay is off in this deployment"
                    + " (tradeguard.recommendation.import.replay-enabled=false): a file is judged as of now, so a past"
                    + " day's rows stay expired");
        }
        TodaysTradesFile file = parser.parse(fileName, text);
        if (!file.errors().isEmpty()) {
            throw new InvalidInputException(file.errors().stream().map(error -> new Violation("(file)", error))
                    .toList());
        }
        Instant now = clock.instant();
        LocalTime generated = file.generatedAt() != null ? file.generatedAt() : LocalTime.MIDNIGHT;
        Instant generatedAt = NyseCalendar.at(file.date(), generated);
        Instant validUntil = calendar.closeOfSessionAfter(generatedAt);
        LocalDate marketDate = NyseCalendar.marketDate(validUntil);
        if (replay.tradingDay() != null && !replay.tradingDay().equals(marketDate)) {
            throw new InvalidInputException("tradingDay", "is " + replay.tradingDay() + " but the file (dated "
                    + file.date() + ", generated " + generated + " New York) is for the trading day " + marketDate);
        }
        // A replay judges the rows as of when the file was written; live operation as of now.
        Instant asOf = replay.requested() ? generatedAt : now;
        UUID importId = UUID.randomUUID();

        List<ImportLine> lines = new ArrayList<>();
        for (LineNote note : file.notes()) {
            lines.add(new ImportLine(note.line(), switch (note.kind()) {
                case REJECTED -> ImportOutcome.REJECTED;
                case NO_ORDERS -> ImportOutcome.NO_ORDERS;
                case NOTE -> ImportOutcome.NOTE;
                case WARNING -> ImportOutcome.WARNING;
                case IGNORED -> ImportOutcome.IGNORED;
            }, bot(note.section()), mode(note.section()), null, note.symbol(), note.side(), null, note.message()));
        }
        Set<String> keys = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (ParsedOrder order : file.orders()) {
            lines.add(importOrder(file, order, marketDate, validUntil, asOf, now, keys, ids, importedBy, importId));
        }
        for (ParsedInformation information : file.information()) {
            lines.add(keepInformation(file, information, marketDate, asOf, now, importedBy, importId));
        }
        lines.sort(Comparator.comparingInt(ImportLine::line));
        ImportReport report = new ImportReport(importId, fileName, file.date(), marketDate, validUntil,
                replay.requested(), asOf, count(lines, ImportOutcome.CREATED),
                count(lines, ImportOutcome.ALREADY_IMPORTED), count(lines, ImportOutcome.REJECTED),
                count(lines, ImportOutcome.INFORMATION), file.warnings(), List.copyOf(lines));
        imports.insert(report, sha256(bytes), origin, importedBy, now);
        LOG.infof("Imported %s (%s%s): %d created, %d already imported, %d rejected, %d kept as information",
                fileName, origin, replay.requested() ? ", replay of " + marketDate : "", report.created(),
                report.alreadyImported(), report.rejected(), report.information());
        return report;
    }

    /** Where a section's rows go: its (bot, mode) account, or nowhere with the reason. */
    private Route route(BotSection section) {
        return section.refusal() != null
                ? Route.refused("the mode of " + section.bot() + "'s section is unclear: " + section.refusal())
                : routes.route(section.bot(), section.mode());
    }

    private ImportLine importOrder(TodaysTradesFile file, ParsedOrder order, LocalDate marketDate,
            Instant validUntil, Instant asOf, Instant now, Set<String> keys, Set<UUID> ids, String importedBy,
            UUID importId) {
        BotSection section = order.section();
        Route route = route(section);
        String notes = String.join("; ", order.notes());
        if (!route.routed()) {
            return line(order, ImportOutcome.REJECTED, null, null, route.refusal() + "; nothing was created"
                    + (notes.isEmpty() ? "" : " (" + notes + ")"));
        }
        String account = route.accountId();
        UUID id = RecommendationIds.named(String.join("|", "todays-trades", file.date().toString(),
                section.idKey(), order.table(), order.symbol(), Integer.toString(order.occurrence())));
        Recommendation event = new Recommendation(RecommendationIds.eventIdFor(id),
                TradingEvent.CURRENT_SCHEMA_VERSION, account, order.strategy(), asOf, id.toString(), order.symbol(),
                order.side(), order.quantity(), order.limitPrice(), order.stopLoss(), order.takeProfit(),
                order.confidence(), order.source() != null ? order.source() : DEFAULT_SOURCE, order.rationale(),
                order.catalyst(), order.catalystDate(), validUntil);
        Candidate candidate = new Candidate(event, marketDate);
        Verdict verdict = recommendations.assess(candidate, asOf, keys, ids);
        return switch (verdict.kind()) {
            case NEW -> {
                recommendations.publish(candidate, Origin.IMPORT, importedBy, importId, order.line(), now);
                yield line(order, ImportOutcome.CREATED, account, id, notes.isEmpty() ? null : notes);
            }
            case ALREADY_EXISTS -> line(order, ImportOutcome.ALREADY_IMPORTED, account, id,
                    "imported before; nothing new");
            case INVALID -> line(order, ImportOutcome.REJECTED, account, null,
                    Violations.describe(verdict.violations()) + (notes.isEmpty() ? "" : " (" + notes + ")"));
        };
    }

    private static ImportLine line(ParsedOrder order, ImportOutcome outcome, String account, UUID id,
            String detail) {
        return new ImportLine(order.line(), outcome, order.section().bot(), mode(order.section()), account,
                order.symbol(), order.side(), id, detail);
    }

    private ImportLine keepInformation(TodaysTradesFile file, ParsedInformation information, LocalDate marketDate,
            Instant asOf, Instant now, String importedBy, UUID importId) {
        BotSection section = information.section();
        Route route = route(section);
        if (!route.routed()) {
            return new ImportLine(information.line(), ImportOutcome.REJECTED, section.bot(), mode(section), null,
                    information.symbol(), null, null, route.refusal() + "; nothing was kept");
        }
        String account = route.accountId();
        UUID id = RecommendationIds.named(String.join("|", "todays-trades", file.date().toString(),
                section.idKey(), "REJECTED", information.symbol(), String.valueOf(information.source()),
                Integer.toString(information.occurrence())));
        Recommendation event = new Recommendation(RecommendationIds.eventIdFor(id),
                TradingEvent.CURRENT_SCHEMA_VERSION, account, section.bot(), asOf, id.toString(),
                information.symbol(), null, null, null, null, null, null,
                information.source() != null ? information.source() : DEFAULT_SOURCE, null, null, null, null);
        boolean kept = recommendations.keepAsInformation(new StoredRecommendation(event,
                RecommendationStatus.REJECTED_INFO, information.reason(), marketDate, Origin.IMPORT, importedBy,
                importId, information.line(), now));
        return new ImportLine(information.line(), ImportOutcome.INFORMATION, section.bot(), mode(section), account,
                information.symbol(), null, id, (kept ? "kept as information, never traded: " : "kept before: ")
                        + information.reason());
    }

    private static String bot(BotSection section) {
        return section == null ? null : section.bot();
    }

    private static TradingMode mode(BotSection section) {
        return section == null ? null : section.mode();
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
