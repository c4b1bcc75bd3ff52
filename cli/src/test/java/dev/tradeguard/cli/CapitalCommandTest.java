package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tradeguard.cli.client.Service;

class CapitalCommandTest extends WithFakeServices {
    private static final String CAPITAL = "/accounts/PA-DEE/capital";
    private static final String VIEW = """
            {"accountId":"PA-DEE","capital":100000.00,"equity":104250.10,"sizingBase":100000.00,
             "cashReservePct":0.30,"tradingDays":32,"periodReturn":0.0425,"maxIncreaseTo":200000.00,
             "rules":{"minProfitableDays":30,"maxIncreaseFactor":2,"cashReserveMinPct":0.25,"cashReserveMaxPct":0.50},
             "history":[{"accountId":"PA-DEE","previousCapital":50000,"capital":100000.00,"cashReservePct":0.30,
               "increase":true,"tradingDays":31,"periodReturn":0.031,"reason":"week 6","changedBy":"ada",
               "changedAt":"2026-10-20T14:00:00Z"}]}""";
    private static final String UNSET = """
            {"accountId":"PA-DEE","capital":null,"equity":100000,"sizingBase":100000,"cashReservePct":0.25,
             "tradingDays":3,"periodReturn":0.01,"maxIncreaseTo":200000,"rules":{"minProfitableDays":30,
             "maxIncreaseFactor":2,"cashReserveMinPct":0.25,"cashReserveMaxPct":0.50},"history":[]}""";

    private FakeServices.Run capital(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "capital";
        System.arraycopy(args, 0, full, 1, args.length);
        return services.run(full);
    }

    @Test
    void showPrintsTheCapitalTheRecordSinceTheLastIncreaseTheRulesAndEveryChange() {
        services.answer(Service.RISK, "GET", CAPITAL, 200, VIEW);

        FakeServices.Run run = capital("show", "PA-DEE");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("capital in force     $100000.00")
                .contains("equity               $104250.10")
                .contains("cash reserve         30.00 %")
                .contains("since last increase  32 trading days, return +4.25 %")
                .contains("next increase        up to $200000.00")
                .contains("30+ profitable trading days, at most 2x at once, cash reserve 25.00 % to 50.00 %")
                .contains("changes (1)")
                .contains("$50000.00 -> $100000.00, cash reserve 30.00 %, an increase by ada at 2026-10-20T14:00:00Z")
                .contains("reason: week 6");
    }

    @Test
    void showSaysWhenNoCapitalIsSetAndTheDefaultAccountIsUsed() {
        services.env().put("TRADEGUARD_ACCOUNT", "PA-DEE");
        services.answer(Service.RISK, "GET", CAPITAL, 200, UNSET);

        FakeServices.Run run = capital("show");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("none set: sizing uses the whole equity");
    }

    @Test
    void setSendsTheCapitalTheReserveAndTheReasonAndPrintsTheAcceptedChange() {
        services.answer(Service.RISK, "POST", CAPITAL, 200, """
                {"accountId":"PA-DEE","previousCapital":100000.00,"capital":150000.00,"cashReservePct":0.30,
                 "increase":true,"tradingDays":32,"periodReturn":0.0425,"reason":"32 profitable days",
                 "changedBy":"ada","changedAt":"2026-12-04T15:00:00Z"}""");

        FakeServices.Run run = capital("set", "PA-DEE", "--capital", "150000", "--cash-reserve-pct", "0.30",
                "--reason", "32 profitable days");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(services.requests("POST").get(0).body())
                .isEqualTo("{\"capital\":150000,\"cashReservePct\":0.30,\"reason\":\"32 profitable days\"}");
        assertThat(services.requests("POST").get(0).authorization()).isEqualTo("Bearer test-token");
        assertThat(run.out()).contains("PA-DEE: $100000.00 -> $150000.00, cash reserve 30.00 %, an increase by ada")
                .contains("judged on 32 trading days, return +4.25 %");
    }

    @Test
    void aRefusalByTheScalingRulesPrintsTheRuleAndExitsFour() {
        String refusal = "NOT_PROFITABLE_30_DAYS: days=12, required=30, return=+1.00%, required > 0";
        services.answer(Service.RISK, "POST", CAPITAL, 422, """
                {"status":422,"message":"%s","violations":[{"field":"capital","message":"%s"}]}"""
                .formatted(refusal, refusal));

        FakeServices.Run run = capital("set", "PA-DEE", "--capital", "150000", "--reason", "more");

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("the capital of PA-DEE was NOT changed")
                .contains("answered 422").contains(refusal);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aReserveAloneKeepsTheCapitalInForce() {
        services.answer(Service.RISK, "GET", CAPITAL, 200, VIEW);
        services.answer(Service.RISK, "POST", CAPITAL, 200, """
                {"accountId":"PA-DEE","previousCapital":100000.00,"capital":100000.00,"cashReservePct":0.40,
                 "increase":false,"tradingDays":32,"periodReturn":0.0425,"reason":"safer","changedBy":"ada",
                 "changedAt":"2026-12-04T15:00:00Z"}""");

        FakeServices.Run run = capital("set", "PA-DEE", "--cash-reserve-pct", "0.40", "--reason", "safer");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(services.requests("POST").get(0).body())
                .isEqualTo("{\"capital\":100000.00,\"cashReservePct\":0.40,\"reason\":\"safer\"}");
    }

    @Test
    void aReserveAloneWithNoCapitalSetIsAUsageErrorAndSendsNothing() {
        services.answer(Service.RISK, "GET", CAPITAL, 200, UNSET);

        FakeServices.Run run = capital("set", "PA-DEE", "--cash-reserve-pct", "0.40", "--reason", "safer");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("PA-DEE has no capital set yet").contains("give --capital");
        assertThat(services.requests("POST")).isEmpty();
    }

    @Test
    void setWithoutAReasonOrWithNothingToChangeSendsNothing() {
        assertThat(capital("set", "PA-DEE", "--capital", "150000").exitCode()).isEqualTo(ExitCode.USAGE);
        FakeServices.Run nothing = capital("set", "PA-DEE", "--reason", "why");
        assertThat(nothing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(nothing.err()).contains("nothing to change");
        assertThat(capital("set", "PA-DEE", "--capital", "lots", "--reason", "why").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(services.requests()).isEmpty();
    }

    @Test
    void anUnknownAccountIsRisksFourOhFour() {
        services.answer(Service.RISK, "GET", "/accounts/PA-NOPE/capital", 404,
                "{\"status\":404,\"message\":\"account PA-NOPE is not configured\"}");

        FakeServices.Run run = capital("show", "PA-NOPE");

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("account PA-NOPE is not configured");
    }
}
