package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;

class HealthAndStatusTest extends WithFakeServices {
    private static final String VERIFIED = """
            {"passed":true,"mode":"PAPER","endpoint":"PAPER","maskedAccountNumber":"PA****1234","equity":100000.00,
             "buyingPower":200000.00,"checks":[{"name":"credentials","passed":true,"message":"API key id and secret are set"},
             {"name":"no-override-in-live","passed":true,"message":"broker requests go to the configured paper simulator"}],
             "verifiedAt":"2026-03-02T15:00:00Z"}""";

    @BeforeEach
    void answer() {
        services.allHealthy()
                .answer(Service.EXECUTION, "GET", "/config/verify?refresh=true", 200, VERIFIED);
    }

    @Test
    void healthExitsZeroWhenEveryServiceIsLiveAndReadyAndTheVerificationPassed() {
        FakeServices.Run run = services.run("health");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ALL READY").contains("PASSED — mode PAPER, endpoint PAPER, account PA****1234");
    }

    @Test
    void aStoppedServiceMakesHealthExitThreeNamingTheServiceAndItsUrl() {
        services.stopped(Service.MONITOR);

        FakeServices.Run run = services.run("health");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.out()).contains("monitor-service did not answer GET " + services.url(Service.MONITOR)
                + "/q/health/ready: connection refused").contains("NOT READY: monitor-service (did not answer)")
                .doesNotContain("\tat ");
    }

    @Test
    void aServiceNotReadyMakesHealthExitOneAndVerboseShowsEachCheckWithItsData() {
        services.answer(Service.EXECUTION, "GET", "/q/health/ready", 503, """
                {"status":"DOWN","checks":[{"name":"trade-updates-stream","status":"DOWN","data":{"state":"RECONNECTING"}},
                 {"name":"Database connections health check","status":"UP"}]}""");

        FakeServices.Run run = services.run("health", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("broker: trade-updates-stream DOWN {\"state\":\"RECONNECTING\"}")
                .contains("ready: Database connections health check UP")
                .contains("NOT READY: execution-service (live UP, ready DOWN)");
    }

    @Test
    void healthReadsKafkaLagFromEachServicesMetricsAsTheMaximumOverItsConsumers() {
        services.answerBytes(Service.RISK, "/q/metrics", "text/plain", """
                # TYPE kafka_consumer_fetch_manager_records_lag_max gauge
                kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-recommendations",kafka_version="4.1.2"} 12.0
                kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-positions",kafka_version="4.1.2"} 3.0
                kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-fills",kafka_version="4.1.2"} NaN
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        FakeServices.Run run = services.run("health", "--verbose");

        assertThat(run.out()).contains("kafka lag 12 (max over 2 consumer(s))")
                .contains("kafka consumer kafka-consumer-positions lag 3");
    }

    @Test
    void aFailedVerificationMakesHealthExitOneAndSaysWhichCheckFailed() {
        services.answer(Service.EXECUTION, "GET", "/config/verify?refresh=true", 200, VERIFIED
                .replace("\"passed\":true,\"mode\"", "\"passed\":false,\"mode\"")
                .replace("\"passed\":true,\"message\":\"API", "\"passed\":false,\"message\":\"API"));

        FakeServices.Run run = services.run("health");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("FAILED").contains("credentials: API key id and secret are set");
    }

    @Test
    void throughTheGatewayHealthSaysItIsNotRoutedAndHowToReachTheServiceAndExitsFive() {
        onlyTheGateway();

        FakeServices.Run run = services.run("health");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.CONFIG);
        assertThat(run.out()).contains("risk-service's health is not routed through the gateway")
                .contains("set risk.management-url (TRADEGUARD_RISK_MANAGEMENT_URL)")
                .contains("kubectl -n tradeguard port-forward svc/risk-service 9082:9000")
                .contains("paper/live verification: PASSED");
    }

    @Test
    void throughTheGatewayStatusShowsTheAccountAndThatHealthIsNotRoutedWithoutFailing() {
        onlyTheGateway();
        services.answer(Service.RECOMMENDATION, "GET", "/trading-state/PA-DEE", 200,
                "{\"accountId\":\"PA-DEE\",\"state\":\"ACTIVE\"}")
                .answer(Service.RECOMMENDATION, "GET", "/accounts/PA-DEE", 200, "{\"equity\":1}")
                .answer(Service.RECOMMENDATION, "GET", "/approvals?status=PENDING&limit=1000", 200, "[]")
                .answer(Service.RECOMMENDATION, "GET", "/orders?limit=1000", 200, "[]")
                .answer(Service.RECOMMENDATION, "GET", "/reports/daily?account=PA-DEE", 200, "{\"openPositions\":[]}");

        FakeServices.Run run = services.run("status", "--account", "PA-DEE");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("PA-DEE  ACTIVE").contains("risk-service (health not routed)");
        assertThat(services.requests()).allMatch(r -> r.service() == Service.RECOMMENDATION);
    }

    @Test
    void healthAndMetricsAreAskedOnTheManagementUrlWhenOneIsConfigured() {
        services.env().put("TRADEGUARD_RISK_MANAGEMENT_URL", services.url(Service.ALERT));

        FakeServices.Run run = services.run("health");

        assertThat(run.out()).contains("risk-service           live UP   ready UP").contains(services.url(Service.ALERT));
        assertThat(services.requests()).noneMatch(r -> r.service() == Service.RISK);
        assertThat(services.requests()).filteredOn(r -> r.service() == Service.ALERT && r.uri().equals("/q/health/ready"))
                .hasSize(2);
    }

    /** Every service behind one host that routes the operator paths but not /q/health (as the Helm chart's). */
    private void onlyTheGateway() {
        String gateway = services.url(Service.RECOMMENDATION);
        for (Service service : Service.values()) {
            services.env().remove("TRADEGUARD_" + service.urlKey().replace(".url", "").toUpperCase() + "_URL");
        }
        services.env().put("TRADEGUARD_GATEWAY", gateway);
        services.answer(Service.RECOMMENDATION, "GET", "/q/health/ready", 404, "")
                .answer(Service.RECOMMENDATION, "GET", "/q/health/live", 404, "")
                .answer(Service.RECOMMENDATION, "GET", "/config/verify?refresh=true", 200, VERIFIED);
    }

    @Test
    void verifyShowsEndpointUrlAccountAndLiveFlagAndSaysTheyAgree() {
        services.answer(Service.EXECUTION, "GET", "/account", 200,
                "{\"accountId\":\"PA-DEE\",\"mode\":\"PAPER\",\"status\":\"ACTIVE\"}");

        FakeServices.Run run = services.run("verify");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("PAPER https://paper-api.alpaca.markets — overridden")
                .contains("PA-DEE (PAPER, broker status ACTIVE)").contains("LIVE_TRADING_ENABLED=false")
                .contains("PA****1234").contains("AGREE: PAPER mode, PAPER endpoint, paper account");
    }

    @Test
    void statusShowsStateEquityDayPnlPositionsOpenOrdersAndPendingApprovalsOfTheAccount() throws Exception {
        accountOnScreen();

        FakeServices.Run run = services.run("status", "--account", "PA-DEE");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("PA-DEE  HALTED  since 2026-03-02T15:00:00Z by rita: manual emergency halt")
                .contains("equity 101000.00  day P&L +1000.00 (+1.00 %)")
                .contains("positions (1)").contains("AAPL 10 @ 100.00, now 101.00, P&L +10.00")
                .contains("open orders (1)").contains("AAPL sell 10 SUBMITTED")
                .contains("pending approvals (1)").contains("services:  recommendation-service UP");
        assertThat(run.out()).doesNotContain("MSFT").doesNotContain("PA-SHORGAN");

        JsonNode json = Api.JSON.readTree(services.run("status", "--account", "PA-DEE", "--json").out());
        assertThat(json.path("accounts").get(0).path("tradingState").path("state").asText()).isEqualTo("HALTED");
        assertThat(json.path("accounts").get(0).path("dayPnl").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void statusShowsWhatItCouldReadAndNamesTheServiceThatDidNotAnswer() {
        accountOnScreen();
        services.stopped(Service.MONITOR);

        FakeServices.Run run = services.run("status", "--account", "PA-DEE");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.out()).contains("HALTED").contains("positions: not readable").contains("monitor-service NO ANSWER");
        assertThat(run.err()).contains("PA-DEE positions not shown: monitor-service did not answer");
    }

    private void accountOnScreen() {
        services.answer(Service.RISK, "GET", "/trading-state/PA-DEE", 200, """
                {"accountId":"PA-DEE","state":"HALTED","reason":"manual emergency halt","changedBy":"rita",
                 "changedAt":"2026-03-02T15:00:00Z"}""")
                .answer(Service.RISK, "GET", "/accounts/PA-DEE", 200, """
                        {"accountId":"PA-DEE","equity":101000.00,"lastEquity":100000.00,"cash":50000.00,
                         "buyingPower":100000.00,"snapshotAt":"2026-03-02T15:00:00Z"}""")
                .answer(Service.RISK, "GET", "/approvals?status=PENDING&limit=1000", 200, """
                        [{"id":"a-1","accountId":"PA-DEE","symbol":"NVDA","side":"BUY","quantity":5},
                         {"id":"a-2","accountId":"PA-SHORGAN","symbol":"MSFT","side":"BUY","quantity":5}]""")
                .answer(Service.EXECUTION, "GET", "/orders?limit=1000", 200, """
                        [{"accountId":"PA-DEE","symbol":"AAPL","side":"sell","quantity":10,"state":"SUBMITTED"},
                         {"accountId":"PA-DEE","symbol":"MSFT","side":"buy","quantity":1,"state":"FILLED"}]""")
                .answer(Service.MONITOR, "GET", "/reports/daily?account=PA-DEE", 200, """
                        {"openPositions":[{"symbol":"AAPL","quantity":10,"avgEntryPrice":100.00,"currentPrice":101.00,
                         "unrealizedPl":10.00}]}""");
    }
}
