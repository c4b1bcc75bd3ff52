package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountRoutesTest {
    private static AccountRoutes.Accounts accounts(String paper, String live) {
        return new AccountRoutes.Accounts(Optional.ofNullable(paper), Optional.ofNullable(live));
    }

    private final AccountRoutes routes = new AccountRoutes(Map.of(
            "DEE-BOT", accounts("PA-DEE", null),
            "SHORGAN-BOT", accounts("PA-SHORGAN", "LIVE-SHORGAN")));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "DEE-BOT,     PAPER, PA-DEE,       none",
            "DEE-BOT,     LIVE,  none,         'no live account is configured for DEE-BOT: set tradeguard.recommendation.accounts.\"DEE-BOT\".live (a live section is never sent to the paper account)'",
            "SHORGAN-BOT, PAPER, PA-SHORGAN,   none",
            "SHORGAN-BOT, LIVE,  LIVE-SHORGAN, none",
            "ALPHA-BOT,   PAPER, none,         'no paper account is configured for ALPHA-BOT: set tradeguard.recommendation.accounts.\"ALPHA-BOT\".paper (a paper section is never sent to the live account)'" })
    void eachBotAndModeGoesToItsOwnAccountOrNowhere(String bot, TradingMode mode, String account, String refusal) {
        AccountRoutes.Route route = routes.route(bot, mode);
        assertEquals(account, route.accountId());
        assertEquals(refusal, route.refusal());
    }

    @Test
    void aRestSubmissionOrResearchRunTakesThePaperAccountNeverTheLiveOne() {
        assertEquals(Optional.of("PA-SHORGAN"), routes.paperAccount("SHORGAN-BOT"));
        AccountRoutes liveOnly = new AccountRoutes(Map.of("DEE-BOT", accounts(null, "LIVE-DEE")));
        assertEquals(Optional.empty(), liveOnly.paperAccount("DEE-BOT"));
    }

    @Test
    void separatePaperAndLiveAccountsAreSafe() {
        assertEquals(List.of(), routes.problems());
    }

    @Test
    void anAccountThatIsBothAPaperAndALiveAccountIsRefused() {
        AccountRoutes crossed = new AccountRoutes(Map.of("DEE-BOT", accounts("ACC-1", null),
                "SHORGAN-BOT", accounts("PA-SHORGAN", "ACC-1")));
        assertEquals(List.of("account ACC-1 is SHORGAN-BOT's live account and the paper account of DEE-BOT:"
                + " a paper section must never reach a live account"), crossed.problems());
        AccountRoutes same = new AccountRoutes(Map.of("DEE-BOT", accounts("ACC-2", "ACC-2")));
        assertFalse(same.problems().isEmpty());
    }

    @Test
    void aBlankAccountIdIsRefusedAndRoutesNowhere() {
        AccountRoutes blank = new AccountRoutes(Map.of("DEE-BOT", accounts(" ", null)));
        assertEquals(List.of("tradeguard.recommendation.accounts.\"DEE-BOT\".paper is blank"), blank.problems());
        assertFalse(blank.route("DEE-BOT", TradingMode.PAPER).routed());
    }
}
