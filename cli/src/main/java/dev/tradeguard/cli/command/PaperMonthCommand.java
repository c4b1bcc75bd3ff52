package dev.tradeguard.cli.command;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.papermonth.PaperMonthRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A month of paper trading in minutes: trading days replayed on the broker simulator's clock (docs/paper-month.md). */
@Command(name = "paper-month", description = {"Replays trading days through the running stack on the broker"
        + " simulator's clock (every service started with tradeguard.clock.follow): per NYSE session the day's"
        + " TODAYS_TRADES import, risk's decisions, approvals, fills and bracket exits, the daily summary; then the"
        + " go-live verdict, the metrics, red flags, reviews, recommendation outcomes and the chart.",
    "Needs a token with the roles viewer, approver, admin and service (deploy/local/paper-month.sh makes one)."})
public final class PaperMonthCommand extends CliCommand {
    @Option(names = "--account", description = "The paper account (default: the configured one)")
    String account;

    @Option(names = "--days", description = "Trading days to run (default 22; with --trades: through the last file's"
            + " day)")
    Integer days;

    @Option(names = "--trades", paramLabel = "DIR", description = "TODAYS_TRADES_<date>.md per day; a day without a"
            + " file trades no new entries (default: a sample file per day, priced off the simulator)")
    Path trades;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "The first day (default: the simulator's"
            + " today; with --trades the first file's day). A day other than the simulator's resets it: a fresh stack")
    String start;

    @Option(names = "--seed", description = "Seeds the sample files' picks (the price paths' seed is the"
            + " simulator's broker-simulator.market.seed; paper-month.sh sets both). Default ${DEFAULT-VALUE}",
            defaultValue = "42")
    long seed;

    @Option(names = "--approve", paramLabel = "all|none|manual", description = "Pending approvals: approve them as"
            + " the approver (all), let them expire (none), or wait for a person (manual). Default ${DEFAULT-VALUE}",
            defaultValue = "all")
    String approve;

    @Option(names = "--step-minutes", description = "The session runs in steps of this many simulated minutes, the"
            + " clock frozen in between. Default ${DEFAULT-VALUE}", defaultValue = "30")
    int stepMinutes;

    @Option(names = "--out", paramLabel = "DIR", description = "Write paper-month.md, paper-month.json and"
            + " performance.png (and the generated trade files) there")
    Path out;

    @Override
    public Integer call() {
        PaperMonthRun.Options options = options();
        String id = account(account);
        new PaperMonthRun(api(), out(), new PaperMonthRun.Options(id, options.days(), options.start(),
                options.trades(), options.seed(), options.approve(), options.out(), options.step())).run();
        return ExitCode.OK;
    }

    /** The options checked before anything is sent (the account is filled in by {@link #call}). */
    PaperMonthRun.Options options() {
        if (days != null && (days < 1 || days > 260)) {
            throw new CliFailure(ExitCode.USAGE, "--days must be from 1 to 260 trading days, got " + days);
        }
        if (stepMinutes < 1 || stepMinutes > 390) {
            throw new CliFailure(ExitCode.USAGE, "--step-minutes must be from 1 to 390, got " + stepMinutes);
        }
        LocalDate first = null;
        if (start != null) {
            try {
                first = LocalDate.parse(start.strip());
            } catch (DateTimeParseException e) {
                throw new CliFailure(ExitCode.USAGE, "--start must be a date like 2025-11-26, got '" + start + "'");
            }
        }
        PaperMonthRun.Approve approval;
        try {
            approval = PaperMonthRun.Approve.valueOf(approve.strip());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, "--approve must be all, none or manual, got '" + approve + "'");
        }
        if (trades != null && !java.nio.file.Files.isDirectory(trades)) {
            throw new CliFailure(ExitCode.USAGE, "--trades must be a directory of TODAYS_TRADES_<date>.md files, got '"
                    + trades + "'");
        }
        return new PaperMonthRun.Options(null, days, first, trades, seed, approval, out,
                Duration.ofMinutes(stepMinutes));
    }
}
