package dev.tradeguard.recommendation.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.recommendation.config.RecommendationConfig;
import dev.tradeguard.recommendation.domain.ImportReport;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import io.quarkus.scheduler.Scheduled;

/**
 * Imports every {@code TODAYS_TRADES_*.md} dropped into the configured directory, then moves it to {@code done/}
 * with its report beside it ({@code <name>.report.json}), or to {@code failed/} with the reasons when the file as a
 * whole is unusable. A file still being written (younger than the settle time) waits for the next poll.
 */
@ApplicationScoped
public class ImportDirectoryWatcher {
    static final String ORIGIN = "watched-directory";
    private static final Logger LOG = Logger.getLogger(ImportDirectoryWatcher.class);

    @Inject
    RecommendationConfig config;

    @Inject
    ImportService importer;

    @Inject
    Clock clock;

    @Scheduled(every = "${tradeguard.recommendation.import.poll-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        config.imports().watchDir().ifPresent(this::scan);
    }

    void scan(Path directory) {
        List<Path> ready = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            // File ages are judged by the wall clock the file system stamps with, not the service's trading clock.
            Instant settled = Instant.now().minus(config.imports().settleTime());
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "TODAYS_TRADES_*.md")) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)
                            && !Files.getLastModifiedTime(file).toInstant().isAfter(settled)) {
                        ready.add(file);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warnf("Cannot scan the import directory %s: %s", directory, e.getMessage());
            return;
        }
        ready.stream().sorted().forEach(this::importOne);
    }

    private void importOne(Path file) {
        String name = file.getFileName().toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String outcome;
            Path target;
            try {
                ImportReport report = importer.importFile(name, text, ORIGIN, ORIGIN);
                outcome = EventJson.toJson(report);
                target = file.resolveSibling("done");
            } catch (InvalidInputException e) {
                LOG.warnf("Import of %s refused: %s", name, Violations.describe(e.violations()));
                outcome = EventJson.toJson(java.util.Map.of("violations", e.violations()));
                target = file.resolveSibling("failed");
            }
            Files.createDirectories(target);
            Path moved = target.resolve(name);
            if (Files.exists(moved)) {
                moved = target.resolve(name.replaceFirst("\\.md$", "") + "." + clock.millis() + ".md");
            }
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".report.json"), outcome);
            Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Left in place: the next poll tries again (re-importing creates nothing twice).
            LOG.errorf("Import of %s failed and will be retried: %s", name, e.getMessage());
        }
    }
}
