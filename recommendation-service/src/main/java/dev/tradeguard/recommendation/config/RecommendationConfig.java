package dev.tradeguard.recommendation.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tradeguard.recommendation.domain.AccountRoutes;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "tradeguard.recommendation")
public interface RecommendationConfig {
    /** The known strategies by name ({@code DEE-BOT}); a recommendation for any other is refused. */
    Map<String, Strategy> strategies();

    /**
     * Accounts by bot (strategy) name and mode: {@code accounts."DEE-BOT".paper}, {@code accounts."DEE-BOT".live}.
     * A TODAYS_TRADES section goes to the account of its bot and mode, or nowhere; a REST submission or research run
     * without an account id takes the strategy's paper account.
     */
    Map<String, BotAccounts> accounts();

    /** The strategy's paper account: the default of a REST submission or research run that names none. */
    default Optional<String> paperAccount(String strategy) {
        return routes().paperAccount(strategy);
    }

    /** The (bot, mode) → account mapping. */
    default AccountRoutes routes() {
        Map<String, AccountRoutes.Accounts> byBot = new java.util.HashMap<>();
        accounts().forEach((bot, accounts) -> byBot.put(bot,
                new AccountRoutes.Accounts(accounts.paper(), accounts.live())));
        return new AccountRoutes(byBot);
    }

    @WithName("import")
    Import imports();

    Market market();

    /** The most recommendations one POST may carry. */
    @WithDefault("100")
    int maxBatchSize();

    interface BotAccounts {
        /** The bot's paper account. */
        Optional<String> paper();

        /** The bot's live (real money) account; no default, so a live section is refused until one is named. */
        Optional<String> live();
    }

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

        /**
         * Replay mode: an import may name its trading day ({@code ?tradingDay=}, or {@code ?replay=true} for the day
         * the file is for) and is then judged as of when the file was written, so a past day's rows are not expired.
         * Off by default, so in production an expired row stays refused.
         */
        @WithDefault("false")
        boolean replayEnabled();
    }

    interface Market {
        /** Days the exchange closes besides its regular holidays (e.g. a national day of mourning). */
        Optional<List<LocalDate>> extraClosedDays();
    }
}
