package dev.tradeguard.recommendation.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "tradeguard.recommendation")
public interface RecommendationConfig {
    /** The known strategies by name ({@code DEE-BOT}); a recommendation for any other is refused. */
    Map<String, Strategy> strategies();

    /**
     * Account ids by the bot name of a TODAYS_TRADES section ({@code DEE-BOT}, {@code DEE-BOT_LIVE}); a REST
     * submission without an account id takes its strategy's entry. A bot without an entry is refused.
     */
    Map<String, String> accounts();

    @WithName("import")
    Import imports();

    Market market();

    /** The most recommendations one POST may carry. */
    @WithDefault("100")
    int maxBatchSize();

    interface Strategy {
        /** A long-only strategy may only buy and sell, never short. */
        @WithDefault("false")
        boolean longOnly();
    }

    interface Import {
        /** A directory polled for {@code TODAYS_TRADES_*.md}; each file is imported then moved to {@code done/}. */
        Optional<Path> watchDir();

        /** How often the watched directory is polled. */
        @WithDefault("30s")
        Duration pollInterval();

        /** A file younger than this may still be being written and waits for the next poll. */
        @WithDefault("5s")
        Duration settleTime();

        /** The largest file accepted. */
        @WithDefault("1048576")
        int maxBytes();
    }

    interface Market {
        /** Days the exchange closes besides its regular holidays (e.g. a national day of mourning). */
        Optional<List<LocalDate>> extraClosedDays();
    }
}
