package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.tradeguard.cli.client.Service;

class ApprovalsAndReportTest extends WithFakeServices {
    private static final String ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    @Test
    void approvalsListShowsOnlyTheAccountsPendingOnes() {
        services.answer(Service.RISK, "GET", "/approvals?limit=1000&status=PENDING", 200, """
                [{"id":"a-1","accountId":"PA-DEE","symbol":"NVDA","side":"BUY","quantity":5,"status":"PENDING"},
                 {"id":"a-2","accountId":"PA-SHORGAN","symbol":"MSFT","side":"BUY","quantity":5,"status":"PENDING"}]""");

        FakeServices.Run run = services.run("approvals", "list", "--account", "PA-DEE");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("1 approval(s) PENDING for PA-DEE").contains("a-1  PA-DEE BUY 5 NVDA")
                .doesNotContain("MSFT");
    }

    @Test
    void approveSendsTheSmallerQuantityAndExitsOneWhenRiskServiceDeniesItInstead() {
        services.answer(Service.RISK, "POST", "/approvals/" + ID + "/approve", 200, """
                {"id":"%s","accountId":"PA-DEE","symbol":"NVDA","side":"BUY","quantity":3,"status":"DENIED",
                 "decisionReason":"TRADING_HALTED: account PA-DEE is HALTED"}""".formatted(ID));

        FakeServices.Run run = services.run("approvals", "approve", ID, "--quantity", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_OK);
        assertThat(services.requests("POST").get(0).body()).isEqualTo("{\"quantity\":3}");
        assertThat(run.err()).contains("is DENIED, not APPROVED: TRADING_HALTED");
    }

    @Test
    void rejectNeedsAReasonAndSendsIt() {
        assertThat(services.run("approvals", "reject", ID).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(services.requests()).isEmpty();
        services.answer(Service.RISK, "POST", "/approvals/" + ID + "/reject", 200,
                "{\"id\":\"" + ID + "\",\"status\":\"REJECTED\"}");

        FakeServices.Run run = services.run("approvals", "reject", ID, "--reason", "too big");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(services.requests("POST").get(0).body()).isEqualTo("{\"reason\":\"too big\"}");
    }

    @Test
    void reportHtmlWritesMonitorServicesPage() throws Exception {
        services.answerBytes(Service.MONITOR, "/reports/weekly?account=PA-DEE&date=2026-03-01&format=html",
                "text/html", "<html>weekly</html>".getBytes());
        Path page = home.resolve("weekly.html");

        FakeServices.Run run = services.run("report", "weekly", "--account", "PA-DEE", "--date", "2026-03-01",
                "--html", page.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(page)).isEqualTo("<html>weekly</html>");
    }

    @Test
    void aReportWithoutAnAccountSaysHowToGiveOne() {
        FakeServices.Run run = services.run("report", "daily");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no account: give --account or set account=");
    }

    @Test
    void anUnknownReportKindIsAUsageErrorNamingTheChoices() {
        FakeServices.Run run = services.run("report", "yearly", "--account", "PA-DEE");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("daily, weekly, monthly");
    }
}
