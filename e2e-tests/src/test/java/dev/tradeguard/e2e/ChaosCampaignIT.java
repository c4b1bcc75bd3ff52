package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dev.tradeguard.testing.chaos.Campaign;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * The fault campaign (docs/reliability.md): {@code -Dchaos.faults=N} faults (default 30), seeded by
 * {@code -Dchaos.seed} (default: a fresh seed, printed and in the report), against a pipeline of its own. Runs only in
 * the {@code chaos} profile ({@code ./mvnw -Pchaos -pl e2e-tests verify}); the report is in target/chaos/.
 */
class ChaosCampaignIT {

    @Test
    void aSeededFaultCampaignEndsWithEveryInvariantHolding() {
        long seed = Long.getLong("chaos.seed", ThreadLocalRandom.current().nextLong(1, 1_000_000));
        int faults = Integer.getInteger("chaos.faults", 30);
        int overlap = Integer.getInteger("chaos.overlap", 2);
        Path target = Path.of("target").toAbsolutePath();
        Path workDir = target.resolve("chaos-run-" + LocalDateTime.now().format(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        System.out.printf("chaos campaign: seed %d, %d faults, up to %d at once, pipeline in %s%n", seed, faults,
                overlap, workDir);
        Campaign.Outcome outcome;
        try (LocalPipeline pipeline = LocalPipeline.start(workDir, Campaign.pipelineProperties())) {
            // a run cut short (a timeout, Ctrl-C) still stops the six processes
            Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "chaos-pipeline-stop"));
            outcome = Campaign.run(pipeline, new Campaign.Settings(seed, faults, overlap,
                    Campaign.Settings.paceFor(faults), target.resolve("chaos")));
        }
        System.out.println("chaos campaign: " + outcome.report().summary() + "; report " + outcome.markdown());
        assertThat(outcome.clean()).as("%s — see %s", outcome.report().summary(), outcome.markdown()).isTrue();
        assertThat(outcome.report().injected()).as("faults injected").hasSize(faults);
    }
}
