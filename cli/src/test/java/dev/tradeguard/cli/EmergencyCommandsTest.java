package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import dev.tradeguard.cli.client.Service;

class EmergencyCommandsTest extends WithFakeServices {
    private static final String HALTED = """
            {"accountId":"PA-DEE","previousState":"ACTIVE","state":"HALTED","reason":"manual emergency halt",
             "changedBy":"rita","changedAt":"2026-03-02T15:00:00Z"}""";

    @Test
    void haltPostsTheReasonWithTheTokenAndConfirmsExecutionEnforcesIt() {
        services.answer(Service.RISK, "POST", "/trading-state/PA-DEE/halt", 200, HALTED)
                .answer(Service.EXECUTION, "GET", "/trading-state/PA-DEE", 200, "{\"state\":\"HALTED\"}");

        FakeServices.Run run = services.run("halt", "--account", "PA-DEE", "--reason", "manual emergency halt");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("PA-DEE: ACTIVE -> HALTED by rita").contains("execution-service enforces HALTED");
        FakeServices.Request post = services.requests("POST").get(0);
        assertThat(post.body()).isEqualTo("{\"reason\":\"manual emergency halt\"}");
        assertThat(post.authorization()).isEqualTo("Bearer test-token");
    }

    @Test
    void haltAllHaltsEveryAccountRiskServiceKnows() {
        services.answer(Service.RISK, "GET", "/trading-state", 200,
                "[{\"accountId\":\"PA-DEE\",\"state\":\"ACTIVE\"},{\"accountId\":\"PA-SHORGAN\",\"state\":\"ACTIVE\"}]")
                .answer(Service.RISK, "POST", "/trading-state/PA-DEE/halt", 200, HALTED)
                .answer(Service.RISK, "POST", "/trading-state/PA-SHORGAN/halt", 200, HALTED.replace("PA-DEE",
                        "PA-SHORGAN"))
                .answer(Service.EXECUTION, "GET", "/trading-state/PA-DEE", 200, "{\"state\":\"HALTED\"}");

        FakeServices.Run run = services.run("halt", "--all", "--reason", "manual emergency halt");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(services.requests("POST")).extracting(FakeServices.Request::uri)
                .containsExactly("/trading-state/PA-DEE/halt", "/trading-state/PA-SHORGAN/halt");
        assertThat(run.out()).contains("PA-SHORGAN: execution-service at " + services.url(Service.EXECUTION)
                + " does not trade this account");
    }

    @Test
    void haltWithoutAReasonIsAUsageErrorAndSendsNothing() {
        FakeServices.Run run = services.run("halt", "--account", "PA-DEE");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--reason");
        assertThat(services.requests()).isEmpty();
    }

    @Test
    void haltRefusedByRiskServiceExitsFourNamingTheServiceAndThatNothingChanged() {
        services.answer(Service.RISK, "POST", "/trading-state/PA-DEE/halt", 403, "");

        FakeServices.Run run = services.run("halt", "--account", "PA-DEE", "--reason", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("PA-DEE NOT changed to HALTED").contains("risk-service answered 403")
                .contains("roles do not allow");
    }

    @Test
    void haltThatExecutionServiceDoesNotConfirmInTimeExitsOneAndSaysHowToStopOrdersNow() {
        services.answer(Service.RISK, "POST", "/trading-state/PA-DEE/halt", 200, HALTED)
                .answer(Service.EXECUTION, "GET", "/trading-state/PA-DEE", 200, "{\"state\":\"ACTIVE\"}");

        FakeServices.Run run = services.run("halt", "--account", "PA-DEE", "--reason", "x", "--confirm-within", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.err()).contains("PA-DEE is HALTED at risk-service, but execution-service still enforces ACTIVE")
                .contains("tradeguard close-all");
    }

    @Test
    void resumeOfAnUnknownAccountExitsFourWithRiskServicesMessage() {
        services.answer(Service.RISK, "POST", "/trading-state/PA-NOPE/resume", 404,
                "{\"status\":404,\"message\":\"account PA-NOPE is not configured; known: [PA-DEE]\"}");

        FakeServices.Run run = services.run("resume", "--account", "PA-NOPE", "--reason", "reviewed");

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("account PA-NOPE is not configured; known: [PA-DEE]");
    }

    @Test
    void closeAllWithoutForceSendsNoRequestAndSaysNothingWasDone() {
        FakeServices.Run run = services.run("close-all", "--account", "PA-DEE");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("REFUSED").contains("Nothing was done").contains("--force");
        assertThat(services.requests()).isEmpty();
    }

    @Test
    void closeAllWithForcePrintsEachCancelledOrderAndClosedPositionAndExitsZeroWhenVerifiedFlat() {
        executionTrades("PA-DEE");
        services.answer(Service.EXECUTION, "GET", "/orders?limit=1000", 200,
                "[{\"brokerOrderId\":\"b-1\",\"symbol\":\"AAPL\",\"side\":\"buy\",\"quantity\":10}]")
                .answer(Service.EXECUTION, "POST", "/emergency/close-all?force=true", 200, """
                        {"closePositions":true,"cancelledOrders":["b-1","b-2"],"closedPositions":["AAPL"],
                         "openOrdersAfter":0,"positionsAfter":0,"verified":true,"error":null}""");

        FakeServices.Run run = services.run("close-all", "--account", "PA-DEE", "--force");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("cancelled order b-1 (AAPL buy 10)").contains("cancelled order b-2")
                .contains("closed position AAPL").contains("FLAT");
    }

    @Test
    void closeAllThatLeavesPositionsExitsOneSayingWhatRemains() {
        executionTrades("PA-DEE");
        services.answer(Service.EXECUTION, "POST", "/emergency/close-all?force=true", 200, """
                {"closePositions":true,"cancelledOrders":[],"closedPositions":[],"openOrdersAfter":1,
                 "positionsAfter":2,"verified":false,"error":"positions still open: AAPL, MSFT"}""");

        FakeServices.Run run = services.run("close-all", "--account", "PA-DEE", "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.err()).contains("NOT verified flat: 1 open order(s) and 2 position(s) remain")
                .contains("positions still open: AAPL, MSFT");
    }

    @Test
    void closeAllRefusesWhenExecutionServiceTradesAnotherAccount() {
        executionTrades("PA-SHORGAN");

        FakeServices.Run run = services.run("close-all", "--account", "PA-DEE", "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("trades PA-SHORGAN, not PA-DEE: nothing was done");
        assertThat(services.requests("POST")).isEmpty();
    }

    @Test
    void closeAllToAnExecutionServiceThatDoesNotAnswerExitsThreeNamingItWithoutAStackTrace() {
        services.stopped(Service.EXECUTION);

        FakeServices.Run run = services.run("close-all", "--account", "PA-DEE", "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err()).contains("execution-service did not answer GET " + services.url(Service.EXECUTION)
                + "/account").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void cancelAllCancelsAtTheBrokerKeepsPositionsAndExitsZeroWhenNoOrderIsOpen() {
        executionTrades("PA-DEE");
        services.answer(Service.EXECUTION, "POST", "/emergency/cancel-all", 200, """
                {"closePositions":false,"cancelledOrders":["b-7"],"closedPositions":[],"openOrdersAfter":0,
                 "positionsAfter":3,"verified":true,"error":null}""");

        FakeServices.Run run = services.run("cancel-all", "--account", "PA-DEE");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("cancelled order b-7")
                .contains("verified at the broker: 0 open orders (3 position(s) kept)").doesNotContain("closed");
        assertThat(services.requests("POST")).extracting(FakeServices.Request::uri)
                .containsExactly("/emergency/cancel-all");
    }

    private void executionTrades(String account) {
        services.answer(Service.EXECUTION, "GET", "/account", 200, "{\"accountId\":\"" + account + "\"}")
                .answer(Service.RISK, "GET", "/trading-state/" + account, 200, "{\"state\":\"HALTED\"}");
    }
}
