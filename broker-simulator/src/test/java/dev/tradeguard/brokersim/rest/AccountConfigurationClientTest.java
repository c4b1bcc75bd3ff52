package dev.tradeguard.brokersim.rest;

import io.quarkus.test.junit.QuarkusTest;
import net.jacobpeterson.alpaca.model.endpoint.accountconfiguration.AccountConfiguration;
import net.jacobpeterson.alpaca.model.endpoint.accountconfiguration.enums.DTBPCheck;
import net.jacobpeterson.alpaca.model.endpoint.accountconfiguration.enums.TradeConfirmEmail;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderSide;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderTimeInForce;
import org.junit.jupiter.api.Test;


import static dev.tradeguard.brokersim.rest.AssetsAndWatchlistsClientTest.expectRejection;
import static dev.tradeguard.brokersim.rest.AssetsAndWatchlistsClientTest.halfShareDayMarketBuy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** GET/PATCH /v2/account/configurations through the real Alpaca client, and what each switch does to orders. */
@QuarkusTest
class AccountConfigurationClientTest extends FreshAccountClientTest {

    @Test
    void aFreshMarginAccountHasAlpacasDefaults() throws Exception {
        AccountConfiguration configuration = alpaca.accountConfiguration().get();

        assertThat(configuration.getDtbpCheck()).isEqualTo(DTBPCheck.ENTRY);
        assertThat(configuration.getTradeConfirmEmail()).isEqualTo(TradeConfirmEmail.ALL);
        assertThat(configuration.getSuspendTrade()).isFalse();
        assertThat(configuration.getNoShorting()).isFalse();
        GateAndFaultsTest.alpaca().get("/v2/account/configurations").then().statusCode(200)
                .body("max_margin_multiplier", equalTo("2")).body("fractional_trading", equalTo(true))
                .body("pdt_check", equalTo("entry"));
    }

    @Test
    void noShortingMakesTheAccountLongOnly() throws Exception {
        AccountConfiguration changed = alpaca.accountConfiguration().set(new AccountConfiguration()
                .withNoShorting(true).withDtbpCheck(DTBPCheck.BOTH).withTradeConfirmEmail(TradeConfirmEmail.NONE));

        assertThat(changed.getNoShorting()).isTrue();
        assertThat(changed.getDtbpCheck()).isEqualTo(DTBPCheck.BOTH);
        assertThat(changed.getTradeConfirmEmail()).isEqualTo(TradeConfirmEmail.NONE);
        assertThat(alpaca.account().get().getShortingEnabled()).isFalse();
        expectRejection(() -> alpaca.orders().requestMarketOrder("SPY", 1, OrderSide.SELL, OrderTimeInForce.DAY),
                403, 40310000, "account is not allowed to short");
    }

    @Test
    void suspendTradeBlocksNewOrdersUntilItIsCleared() throws Exception {
        alpaca.accountConfiguration().set(new AccountConfiguration().withSuspendTrade(true));

        assertThat(alpaca.account().get().getTradeSuspendedByUser()).isTrue();
        expectRejection(() -> alpaca.orders().requestMarketOrder("SPY", 1, OrderSide.BUY, OrderTimeInForce.DAY),
                403, 40310000, "new orders are blocked: suspend_trade is set in the account configuration");

        alpaca.accountConfiguration().set(new AccountConfiguration().withSuspendTrade(false));
        assertThat(alpaca.orders().requestMarketOrder("SPY", 1, OrderSide.BUY, OrderTimeInForce.DAY).getSymbol())
                .isEqualTo("SPY");
    }

    @Test
    void aMultiplierOfOneMakesItACashAccount() throws Exception {
        GateAndFaultsTest.alpaca().body("{\"max_margin_multiplier\":\"1\"}").patch("/v2/account/configurations")
                .then().statusCode(200).body("max_margin_multiplier", equalTo("1"));

        assertThat(alpaca.account().get().getMultiplier()).isEqualTo("1");
        assertThat(alpaca.account().get().getBuyingPower()).isEqualTo("100000");
        expectRejection(() -> alpaca.orders().requestMarketOrder("SPY", 1, OrderSide.SELL, OrderTimeInForce.DAY),
                403, 40310000, "account is not allowed to short");
    }

    @Test
    void fractionalTradingOffRefusesFractionalAndNotionalOrders() throws Exception {
        GateAndFaultsTest.alpaca().body("{\"fractional_trading\":false}").patch("/v2/account/configurations")
                .then().statusCode(200).body("fractional_trading", equalTo(false));

        expectRejection(() -> halfShareDayMarketBuy(alpaca, "SPY"), 403,
                40310000, "fractional and notional orders are refused: fractional_trading is off in the account"
                        + " configuration");

        GateAndFaultsTest.alpaca().body("{\"fractional_trading\":true}").patch("/v2/account/configurations")
                .then().statusCode(200);
        halfShareDayMarketBuy(alpaca, "SPY");
        assertThat(alpaca.positions().getBySymbol("SPY").getQuantity()).isEqualTo("0.5");
    }

    @Test
    void badConfigurationValuesAreRefusedNamingFieldAndValue() {
        GateAndFaultsTest.alpaca().body("{\"dtbp_check\":\"sometimes\"}").patch("/v2/account/configurations")
                .then().statusCode(422).body("code", equalTo(40010001))
                .body("message", equalTo("dtbp_check must be both, entry or exit, got sometimes"));
        GateAndFaultsTest.alpaca().body("{\"max_margin_multiplier\":\"4\"}").patch("/v2/account/configurations")
                .then().statusCode(422)
                .body("message", equalTo("max_margin_multiplier must be \"1\" or \"2\" (4 is not modelled), got 4"));
        GateAndFaultsTest.alpaca().body("{\"suspend_trade\":\"yes\"}").patch("/v2/account/configurations")
                .then().statusCode(422).body("message", equalTo("suspend_trade must be true or false, got \"yes\""));
        GateAndFaultsTest.alpaca().body("{\"margin\":true}").patch("/v2/account/configurations")
                .then().statusCode(422).body("message", equalTo("unknown field(s): margin; expected dtbp_check,"
                        + " fractional_trading, max_margin_multiplier, no_shorting, pdt_check, suspend_trade,"
                        + " trade_confirm_email"));
        GateAndFaultsTest.alpaca().get("/v2/account/configurations").then().body("dtbp_check", equalTo("entry"))
                .body("max_margin_multiplier", equalTo("2"));
    }
}
