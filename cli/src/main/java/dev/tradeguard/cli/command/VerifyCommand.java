package dev.tradeguard.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The guide's verify_api_environment: which URL, which account, live trading on or off, and do they agree. */
@Command(name = "verify", description = {"The paper-vs-live check, run again now by execution-service"
        + " (GET /config/verify?refresh=true; needs admin): the Alpaca endpoint, the account, LIVE_TRADING_ENABLED,"
        + " and whether they agree.", "Exit 0 when they agree, 1 when not."})
public final class VerifyCommand extends CliCommand {
    /** Alpaca's trading API hosts, by the endpoint name execution-service reports. */
    static final Map<String, String> ALPACA_URLS = Map.of("PAPER", "https://paper-api.alpaca.markets",
            "LIVE", "https://api.alpaca.markets");

    @Option(names = "--json", description = "execution-service's verification as JSON")
    boolean json;

    @Override
    public Integer call() {
        JsonNode verified = api().get(Service.EXECUTION, "/config/verify?refresh=true");
        boolean passed = verified.path("passed").asBoolean(false);
        if (json) {
            printJson(verified);
            return passed ? ExitCode.OK : ExitCode.NOT_OK;
        }
        String endpoint = Text.value(verified.path("endpoint"));
        String mode = Text.value(verified.path("mode"));
        out().printf("execution-service  %s%n", api().url(Service.EXECUTION, ""));
        out().printf("trading account    %s%n", tradedAccount());
        out().printf("live trading       %s (LIVE_TRADING_ENABLED=%s)%n", "LIVE".equals(mode) ? "ENABLED" : "disabled",
                "LIVE".equals(mode));
        out().printf("Alpaca endpoint    %s %s%s%n", endpoint, ALPACA_URLS.getOrDefault(endpoint, ""),
                overridden(verified) ? " — overridden: requests go to the configured paper simulator" : "");
        out().printf("broker account     %s  equity %s  buying power %s%n",
                Text.value(verified.path("maskedAccountNumber")), Text.money(Text.decimal(verified.path("equity"))),
                Text.money(Text.decimal(verified.path("buyingPower"))));
        for (JsonNode check : verified.path("checks")) {
            out().printf("  %s %-28s %s%n", check.path("passed").asBoolean() ? "ok  " : "FAIL",
                    check.path("name").asText(), check.path("message").asText());
        }
        out().printf("verified at %s%n", Text.value(verified.path("verifiedAt")));
        if (passed) {
            out().printf("AGREE: %s mode, %s endpoint, %s account%n", mode, endpoint,
                    "LIVE".equals(mode) ? "live" : "paper");
            return ExitCode.OK;
        }
        out().println("DISAGREE: " + failures(verified));
        return ExitCode.NOT_OK;
    }

    private String tradedAccount() {
        try {
            JsonNode account = api().get(Service.EXECUTION, "/account");
            return account.path("accountId").asText() + " (" + account.path("mode").asText() + ", broker status "
                    + account.path("status").asText() + ")";
        } catch (ServiceCallException e) {
            return "unknown: " + e.getMessage();
        }
    }

    private static boolean overridden(JsonNode verified) {
        for (JsonNode check : verified.path("checks")) {
            if ("no-override-in-live".equals(check.path("name").asText())
                    && check.path("message").asText().contains("simulator")) {
                return true;
            }
        }
        return false;
    }

    /** The messages of the failed checks, joined. */
    static String failures(JsonNode verified) {
        List<String> failed = new ArrayList<>();
        for (JsonNode check : verified.path("checks")) {
            if (!check.path("passed").asBoolean()) {
                failed.add(check.path("name").asText() + ": " + check.path("message").asText());
            }
        }
        return failed.isEmpty() ? "execution-service reports the verification failed" : String.join("; ", failed);
    }
}
