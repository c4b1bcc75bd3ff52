package dev.tradeguard.cli.command;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;

/**
 * One kill-switch change at risk-service (the only place the trading state is changed), then the confirmation that
 * execution-service — the only holder of broker keys — enforces it.
 */
final class TradingStateChange {
    private static final Duration POLL = Duration.ofMillis(200);

    private TradingStateChange() {
    }

    /** Changes the state; prints what was done; returns the exit code of this one account. */
    static int apply(Api api, PrintWriter out, PrintWriter err, String account, String action, String target,
            String reason, Duration confirmWithin) {
        JsonNode changed;
        try {
            ObjectNode body = Api.JSON.createObjectNode().put("reason", reason);
            changed = api.post(Service.RISK, "/trading-state/" + Api.encode(account) + "/" + action, body);
        } catch (ServiceCallException e) {
            err.println("tradeguard: " + account + " NOT changed to " + target + ": " + e.getMessage());
            return e.exitCode();
        }
        out.printf("%s: %s -> %s by %s at %s (reason: %s)%n", account, Text.value(changed.path("previousState")),
                Text.value(changed.path("state")), Text.value(changed.path("changedBy")),
                Text.value(changed.path("changedAt")), Text.value(changed.path("reason")));
        return confirmAtExecution(api, out, err, account, target, confirmWithin);
    }

    /**
     * Waits (bounded) until execution-service reports the state for the account. An execution-service that trades
     * another account answers 404 for this one: nothing to confirm there.
     */
    private static int confirmAtExecution(Api api, PrintWriter out, PrintWriter err, String account, String target,
            Duration within) {
        if (within.isZero()) {
            return ExitCode.OK;
        }
        Instant deadline = Instant.now().plus(within);
        String seen = null;
        while (true) {
            try {
                JsonNode known = api.get(Service.EXECUTION, "/trading-state/" + Api.encode(account));
                seen = known.path("state").asText();
                if (target.equals(seen)) {
                    out.printf("%s: execution-service enforces %s%s%n", account, target,
                            "HALTED".equals(target) ? " (it cancels the account's open orders at the broker)" : "");
                    return ExitCode.OK;
                }
            } catch (ServiceCallException e) {
                if (e.status() == 404) {
                    out.printf("%s: execution-service at %s does not trade this account: nothing to confirm there%n",
                            account, api.url(Service.EXECUTION, ""));
                    return ExitCode.OK;
                }
                if (Instant.now().isAfter(deadline)) {
                    err.printf("tradeguard: %s is %s at risk-service, but execution-service could not confirm it: %s%n",
                            account, target, e.getMessage());
                    return e.exitCode();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                err.printf("tradeguard: %s is %s at risk-service, but execution-service still enforces %s after %d s"
                        + " (the trading-state topic has not reached it)%s%n", account, target, seen,
                        within.toSeconds(), "HALTED".equals(target)
                                ? ": to stop orders at the broker now, use 'tradeguard close-all' or"
                                        + " POST /emergency/cancel-all"
                                : "");
                return ExitCode.NOT_OK;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
