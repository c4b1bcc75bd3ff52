package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.AccountConfiguration;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.PortfolioHistoryQuery;
import dev.tradeguard.brokersim.domain.PortfolioPeriod;
import dev.tradeguard.brokersim.domain.Timeframe;
import dev.tradeguard.brokersim.domain.WireEnum;
import dev.tradeguard.brokersim.service.PaperBroker;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Alpaca's account portfolio history and account configurations. */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,6})([DWMAdwma])");
    /**
     * Parameters of Alpaca's newer portfolio history that the reference API (period, timeframe, date_end,
     * extended_hours) does not have: refused by name rather than ignored, since ignoring them would answer a different
     * question than the one asked.
     */
    private static final List<String> UNSUPPORTED = List.of("start", "end", "intraday_reporting", "pnl_reset",
            "cashflow_types");
    private static final Set<String> CONFIGURATION_FIELDS = Set.of("dtbp_check", "trade_confirm_email",
            "suspend_trade", "no_shorting", "fractional_trading", "max_margin_multiplier", "pdt_check");

    private final PaperBroker broker;
    private final ObjectMapper mapper;

    public AccountResource(PaperBroker broker, ObjectMapper mapper) {
        this.broker = broker;
        this.mapper = mapper;
    }

    @GET
    @Path("/account/portfolio/history")
    public ObjectNode portfolioHistory(@QueryParam("period") String period, @QueryParam("timeframe") String timeframe,
                                       @QueryParam("date_end") String dateEnd,
                                       @QueryParam("extended_hours") String extendedHours, @Context UriInfo uri) {
        for (String name : UNSUPPORTED) {
            if (uri.getQueryParameters().containsKey(name)) {
                throw BrokerRejection.invalid(name + " is not supported by the simulator's portfolio history; use"
                        + " period, timeframe, date_end and extended_hours");
            }
        }
        PortfolioHistoryQuery query = new PortfolioHistoryQuery(period(period), timeframe(timeframe),
                QueryParams.date(dateEnd, "date_end"), QueryParams.bool(extendedHours, "extended_hours"));
        return AlpacaJson.portfolioHistory(broker.portfolioHistory(query));
    }

    @GET
    @Path("/account/configurations")
    public ObjectNode configuration() {
        return AlpacaJson.configuration(broker.configuration());
    }

    @PATCH
    @Path("/account/configurations")
    @Consumes(MediaType.WILDCARD)
    public ObjectNode configure(String body) {
        JsonNode json = RequestBodies.object(mapper, body);
        RequestBodies.onlyFields(json, CONFIGURATION_FIELDS);
        String multiplier = RequestBodies.text(json, "max_margin_multiplier");
        Integer maxMarginMultiplier = multiplier == null ? null : multiplier(multiplier);
        return AlpacaJson.configuration(broker.configure(c -> new AccountConfiguration(
                orElse(RequestBodies.text(json, "dtbp_check"), c.dtbpCheck()),
                orElse(RequestBodies.text(json, "trade_confirm_email"), c.tradeConfirmEmail()),
                orElse(RequestBodies.bool(json, "suspend_trade"), c.suspendTrade()),
                orElse(RequestBodies.bool(json, "no_shorting"), c.noShorting()),
                orElse(RequestBodies.bool(json, "fractional_trading"), c.fractionalTrading()),
                orElse(maxMarginMultiplier, c.maxMarginMultiplier()),
                orElse(RequestBodies.text(json, "pdt_check"), c.pdtCheck()))));
    }

    private static PortfolioPeriod period(String value) {
        if (value == null || value.isBlank()) {
            return PortfolioPeriod.DEFAULT;
        }
        Matcher matcher = PERIOD.matcher(value.trim());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            throw BrokerRejection.invalid("invalid period: " + value + " (expected <number><unit>, unit D, W, M or A,"
                    + " such as 1D or 3M)");
        }
        return new PortfolioPeriod(Integer.parseInt(matcher.group(1)),
                matcher.group(2).toUpperCase(Locale.ROOT).charAt(0));
    }

    private static Timeframe timeframe(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return WireEnum.parse(Timeframe.class, value.trim()).orElseThrow(() -> BrokerRejection.invalid(
                "invalid timeframe: " + value + " (1Min, 5Min, 15Min, 1H or 1D)"));
    }

    private static int multiplier(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw BrokerRejection.invalid("max_margin_multiplier must be \"1\" or \"2\", got " + value);
        }
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
