package dev.tradeguard.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.command.ApprovalsCommand;
import dev.tradeguard.cli.command.CancelAllCommand;
import dev.tradeguard.cli.command.CapitalCommand;
import dev.tradeguard.cli.command.CloseAllCommand;
import dev.tradeguard.cli.command.ExportCommand;
import dev.tradeguard.cli.command.HaltCommand;
import dev.tradeguard.cli.command.HealthCommand;
import dev.tradeguard.cli.command.LoginCommand;
import dev.tradeguard.cli.command.PaperMonthCommand;
import dev.tradeguard.cli.command.ReportCommand;
import dev.tradeguard.cli.command.ResumeCommand;
import dev.tradeguard.cli.command.StatusCommand;
import dev.tradeguard.cli.command.VerifyCommand;
import dev.tradeguard.cli.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tradeguard}: the guide's emergency and daily scripts as one command. */
@Command(name = "tradeguard", mixinStandardHelpOptions = true, version = "tradeguard 0.1.0",
        description = "Operates TradeGuard through its services' REST APIs (docs/operations.md).",
        subcommands = {StatusCommand.class, HealthCommand.class, VerifyCommand.class, HaltCommand.class,
            ResumeCommand.class, CancelAllCommand.class, CloseAllCommand.class, ApprovalsCommand.class, ExportCommand.class,
            ReportCommand.class, CapitalCommand.class, PaperMonthCommand.class, LoginCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done; everything checked is as it must be",
            "  1  answered, but not as it must be: not ready, not flat, not verified",
            "  2  bad arguments, or refused by the tool (close-all without --force):",
            "     nothing was sent",
            "  3  a service did not answer (its name and URL are printed)",
            "  4  a service refused the request (401/403 token or role, 404, 400)",
            "  5  the configuration or the token source is unusable",
            "%nConfiguration: ~/.config/tradeguard/config.properties (TRADEGUARD_CONFIG);",
            "TRADEGUARD_* environment variables override it. See docs/operations.md."})
public final class TradeGuardCli {
    @Option(names = "--profile", description = "Profile of the configuration file (default: TRADEGUARD_PROFILE,"
            + " profile= in the file, else 'default')")
    String profile;

    private final Map<String, String> env;
    private Settings settings;
    private Api api;

    public TradeGuardCli(Map<String, String> env) {
        this.env = env;
    }

    public Map<String, String> env() {
        return env;
    }

    public synchronized Settings settings() {
        if (settings == null) {
            settings = Settings.load(env, profile);
        }
        return settings;
    }

    public synchronized Api api() {
        if (api == null) {
            api = new Api(settings());
        }
        return api;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.getenv(), out, err, args));
    }

    /** Runs one command line; returns its exit code. Nothing escapes as a stack trace. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new TradeGuardCli(env));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof CliFailure failure) {
                line.getErr().println("tradeguard: " + failure.getMessage());
                return failure.exitCode();
            }
            line.getErr().println("tradeguard: unexpected " + exception.getClass().getSimpleName()
                    + (exception.getMessage() == null ? "" : ": " + exception.getMessage())
                    + " — nothing more was done after it");
            return ExitCode.NOT_OK;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
