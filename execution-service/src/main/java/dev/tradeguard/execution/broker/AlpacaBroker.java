package dev.tradeguard.execution.broker;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerAccount;
import dev.tradeguard.execution.domain.BrokerClock;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.BrokerException.Kind;
import dev.tradeguard.execution.domain.BrokerOrder;
import dev.tradeguard.execution.domain.BrokerPosition;
import dev.tradeguard.execution.domain.LastTrade;
import dev.tradeguard.execution.domain.OrderSubmission;
import dev.tradeguard.execution.service.ExecutionMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import net.jacobpeterson.alpaca.AlpacaAPI;
import net.jacobpeterson.alpaca.model.endpoint.account.Account;
import net.jacobpeterson.alpaca.model.endpoint.clock.Clock;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.stock.historical.trade.StockTrade;
import net.jacobpeterson.alpaca.model.endpoint.common.enums.SortDirection;
import net.jacobpeterson.alpaca.model.endpoint.orders.CancelledOrder;
import net.jacobpeterson.alpaca.model.endpoint.orders.Order;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.CurrentOrderStatus;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderClass;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderSide;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderTimeInForce;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderType;
import net.jacobpeterson.alpaca.model.endpoint.positions.ClosePositionOrder;
import net.jacobpeterson.alpaca.model.endpoint.positions.Position;
import net.jacobpeterson.alpaca.model.properties.DataAPIType;
import net.jacobpeterson.alpaca.model.properties.EndpointAPIType;
import net.jacobpeterson.alpaca.rest.AlpacaClientException;
import okhttp3.OkHttpClient;

/**
 * The Alpaca adapter: the one class (with its stream) that uses alpaca-java. Doubles exist only here, at the client's
 * boundary: prices and quantities are converted from {@link BigDecimal} when an order is sent, and Alpaca's decimal
 * strings are read back into BigDecimal. Every call first takes a token from the client-side rate limiter; a 429 is
 * retried with exponential back-off (Alpaca did not process it); nothing else is retried here.
 */
@ApplicationScoped
public class AlpacaBroker implements Broker {
    private static final Logger LOG = Logger.getLogger(AlpacaBroker.class);

    @Inject
    ExecutionConfig config;

    @Inject
    ExecutionMetrics metrics;

    @Inject
    MeterRegistry meters;

    private volatile AlpacaAPI api;
    private volatile OkHttpClient http;
    private volatile RequestRateLimiter limiter;
    private volatile AlpacaTradeUpdateStream stream;
    private volatile AlpacaMarketDataStream marketData;

    @FunctionalInterface
    interface AlpacaCall<T> {
        T run(AlpacaAPI api) throws AlpacaClientException;
    }

    private synchronized AlpacaAPI api() throws BrokerException {
        if (api == null) {
            String key = config.alpaca().keyId().filter(value -> !value.isBlank()).orElse(null);
            String secret = config.alpaca().secretKey().filter(value -> !value.isBlank()).orElse(null);
            if (key == null || secret == null) {
                throw new BrokerException(Kind.REJECTED, null,
                        "ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY must both be set", null);
            }
            Duration timeout = config.broker().callTimeout();
            OkHttpClient.Builder builder = new OkHttpClient.Builder()
                    // A silently re-sent POST is exactly what invariant 1 forbids: unclear submits are resolved by id.
                    .retryOnConnectionFailure(false)
                    .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .pingInterval(15, TimeUnit.SECONDS);
            config.broker().baseUrlOverride().filter(url -> !url.isBlank()).ifPresent(url -> {
                LOG.infof("Broker requests go to %s (paper simulator)", url);
                builder.addInterceptor(new BaseUrlOverrideInterceptor(url));
            });
            http = builder.build();
            api = new AlpacaAPI(http, key, secret, null, endpointType(), dataFeed());
            limiter = RequestRateLimiter.perMinute(config.broker().requestsPerMinute());
        }
        return api;
    }

    private DataAPIType dataFeed() {
        return "SIP".equalsIgnoreCase(config.alpaca().dataFeed()) ? DataAPIType.SIP : DataAPIType.IEX;
    }

    private EndpointAPIType endpointType() {
        return config.alpaca().endpoint() == ExecutionConfig.Endpoint.LIVE ? EndpointAPIType.LIVE
                : EndpointAPIType.PAPER;
    }

    private <T> T call(String what, AlpacaCall<T> call) throws BrokerException {
        AlpacaAPI client = api();
        Duration backoff = config.broker().rateLimitBackoff();
        for (int attempt = 0;; attempt++) {
            try {
                Duration waited = limiter.acquire();
                metrics.rateLimiterWait(waited);
                return call.run(client);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BrokerException(Kind.UNCERTAIN, null, what + ": interrupted", e);
            } catch (AlpacaClientException e) {
                Integer status = e.getResponseStatusCode();
                if (status != null && status == 429 && attempt < config.broker().rateLimitRetries()) {
                    metrics.rateLimited();
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2);
                    continue;
                }
                throw classify(what, e);
            } catch (RuntimeException e) {
                throw new BrokerException(Kind.UNCERTAIN, null, what + ": unreadable answer: " + e, e);
            }
        }
    }

    static BrokerException classify(String what, AlpacaClientException e) {
        Integer status = e.getResponseStatusCode();
        if (status == null) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new BrokerException(Kind.UNCERTAIN, null, what + ": no answer (" + cause + ")", e);
        }
        e.getMessage(); // parses Alpaca's {"code","message"} body into the API fields
        String apiMessage = e.getAPIResponseMessage() != null ? e.getAPIResponseMessage() : e.getResponseStatusMessage();
        String message = what + ": HTTP " + status + " " + apiMessage;
        if (status == 404) {
            return new BrokerException(Kind.NOT_FOUND, status, message, e);
        }
        if (status == 429) {
            return new BrokerException(Kind.RATE_LIMITED, status, message, e);
        }
        if (status >= 500) {
            return new BrokerException(Kind.UNCERTAIN, status, message, e);
        }
        if (apiMessage != null && apiMessage.contains("client_order_id must be unique")) {
            return new BrokerException(Kind.DUPLICATE_CLIENT_ORDER_ID, status, message, e);
        }
        return new BrokerException(Kind.REJECTED, status, message, e);
    }

    private static void sleep(Duration duration) throws BrokerException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerException(Kind.UNCERTAIN, null, "interrupted while backing off", e);
        }
    }

    @Override
    public BrokerAccount account() throws BrokerException {
        Account a = call("GET /v2/account", alpaca -> alpaca.account().get());
        return new BrokerAccount(a.getId(), a.getAccountNumber(), a.getStatus() == null ? null : a.getStatus().name(),
                Boolean.TRUE.equals(a.getTradingBlocked()), Boolean.TRUE.equals(a.getAccountBlocked()),
                Boolean.TRUE.equals(a.getTradeSuspendedByUser()), decimal(a.getEquity()), decimal(a.getLastEquity()),
                decimal(a.getCash()), decimal(a.getBuyingPower()));
    }

    @Override
    public BrokerClock clock() throws BrokerException {
        Clock c = call("GET /v2/clock", alpaca -> alpaca.clock().get());
        return new BrokerClock(Boolean.TRUE.equals(c.getIsOpen()), instant(c.getNextOpen()), instant(c.getNextClose()),
                instant(c.getTimestamp()));
    }

    @Override
    public List<BrokerPosition> positions() throws BrokerException {
        List<Position> positions = call("GET /v2/positions", alpaca -> alpaca.positions().get());
        List<BrokerPosition> result = new ArrayList<>();
        for (Position p : positions) {
            BigDecimal quantity = decimal(p.getQuantity());
            if ("short".equalsIgnoreCase(p.getSide()) && quantity != null && quantity.signum() > 0) {
                quantity = quantity.negate();
            }
            result.add(new BrokerPosition(p.getSymbol(), quantity, decimal(p.getAverageEntryPrice()),
                    decimal(p.getCurrentPrice()), decimal(p.getMarketValue()), decimal(p.getCostBasis()),
                    decimal(p.getUnrealizedProfitLoss()), decimal(p.getUnrealizedProfitLossPercent())));
        }
        return result;
    }

    @Override
    public BrokerOrder submit(OrderSubmission s) throws BrokerException {
        OrderSide side = switch (s.side()) {
            case BUY, BUY_TO_COVER -> OrderSide.BUY;
            case SELL, SELL_SHORT -> OrderSide.SELL;
        };
        OrderType type = s.type() == dev.tradeguard.model.OrderType.LIMIT ? OrderType.LIMIT : OrderType.MARKET;
        OrderClass orderClass = switch (s.orderClass()) {
            case BRACKET -> OrderClass.BRACKET;
            case OTO -> OrderClass.ONE_TRIGGERS_OTHER;
            case OCO -> OrderClass.ONE_CANCELS_OTHER;
            case SIMPLE -> OrderClass.SIMPLE;
        };
        boolean legs = orderClass != OrderClass.SIMPLE;
        Order order = call("POST /v2/orders " + s.clientOrderId(), alpaca -> alpaca.orders().requestOrder(s.symbol(),
                toDouble(s.quantity()), null, side, type, timeInForce(s.timeInForce()),
                type == OrderType.LIMIT ? toDouble(s.limitPrice()) : null, null, null, null, s.extendedHours(),
                s.clientOrderId(), orderClass, legs ? toDouble(s.takeProfit()) : null,
                legs ? toDouble(s.stopLoss()) : null, null));
        return toOrder(order);
    }

    private static OrderTimeInForce timeInForce(dev.tradeguard.model.TimeInForce tif) {
        return switch (tif) {
            case DAY -> OrderTimeInForce.DAY;
            case GTC -> OrderTimeInForce.GOOD_UNTIL_CANCELLED;
            case OPG -> OrderTimeInForce.OPG;
            case CLS -> OrderTimeInForce.CLS;
            case IOC -> OrderTimeInForce.IMMEDIATE_OR_CANCEL;
            case FOK -> OrderTimeInForce.FILL_OR_KILL;
        };
    }

    @Override
    public Optional<BrokerOrder> orderByClientId(String clientOrderId) throws BrokerException {
        try {
            return Optional.of(toOrder(call("GET /v2/orders:by_client_order_id " + clientOrderId,
                    alpaca -> alpaca.orders().getByClientID(clientOrderId))));
        } catch (BrokerException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<BrokerOrder> order(String brokerOrderId) throws BrokerException {
        try {
            return Optional.of(toOrder(call("GET /v2/orders/" + brokerOrderId,
                    alpaca -> alpaca.orders().get(brokerOrderId, true))));
        } catch (BrokerException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<BrokerOrder> ordersSubmittedAfter(Instant after, int limit) throws BrokerException {
        ZonedDateTime from = after == null ? null : after.atZone(ZoneOffset.UTC);
        return call("GET /v2/orders?status=all", alpaca -> alpaca.orders().get(CurrentOrderStatus.ALL, limit, from,
                null, SortDirection.DESCENDING, true, null)).stream().map(AlpacaBroker::toOrder).toList();
    }

    @Override
    public List<BrokerOrder> openOrders() throws BrokerException {
        return call("GET /v2/orders?status=open", alpaca -> alpaca.orders().get(CurrentOrderStatus.OPEN, 500, null,
                null, SortDirection.DESCENDING, false, null)).stream().map(AlpacaBroker::toOrder).toList();
    }

    @Override
    public void cancel(String brokerOrderId) throws BrokerException {
        call("DELETE /v2/orders/" + brokerOrderId, alpaca -> {
            alpaca.orders().cancel(brokerOrderId);
            return null;
        });
    }

    @Override
    public List<String> cancelAll() throws BrokerException {
        List<CancelledOrder> cancelled = call("DELETE /v2/orders", alpaca -> alpaca.orders().cancelAll());
        return cancelled.stream().filter(c -> c.getStatus() != null && c.getStatus() < 300).map(CancelledOrder::getId)
                .toList();
    }

    @Override
    public List<String> closeAll() throws BrokerException {
        List<ClosePositionOrder> closed = call("DELETE /v2/positions?cancel_orders=true",
                alpaca -> alpaca.positions().closeAll(true));
        return closed.stream().filter(c -> c.getStatus() != null && c.getStatus() < 300)
                .map(ClosePositionOrder::getSymbol).toList();
    }

    @Override
    public LastTrade lastTrade(String symbol) throws BrokerException {
        StockTrade trade = call("GET /v2/stocks/" + symbol + "/trades/latest",
                alpaca -> alpaca.stockMarketData().getLatestTrade(symbol).getTrade());
        if (trade == null || trade.getPrice() == null) {
            throw new BrokerException(Kind.UNCERTAIN, null, "no last trade for " + symbol, null);
        }
        // The market-data model carries a double; Double.toString gives its shortest exact decimal form.
        return new LastTrade(new BigDecimal(Double.toString(trade.getPrice())).stripTrailingZeros(),
                instant(trade.getTimestamp()));
    }

    /** Builds the REST client first: the streams share its OkHttpClient. False, logged, when it cannot be (no keys). */
    private boolean canStart(String stream) {
        try {
            api();
            return true;
        } catch (BrokerException e) {
            LOG.errorf("%s not started: %s", stream, e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void startTradeUpdates(TradeUpdateListener listener) {
        if (stream != null || !canStart("trade_updates")) {
            return;
        }
        stream = new AlpacaTradeUpdateStream(http, config.alpaca().endpoint() == ExecutionConfig.Endpoint.LIVE
                ? "api" : "paper-api", config.alpaca().keyId().orElseThrow(),
                config.alpaca().secretKey().orElseThrow(), listener, config.stream(), metrics);
        stream.start();
    }

    @Override
    public synchronized void stopTradeUpdates() {
        if (stream != null) {
            stream.stop();
        }
    }

    @Override
    public StreamState streamState() {
        AlpacaTradeUpdateStream current = stream;
        return current == null ? StreamState.NOT_STARTED : current.state();
    }

    @Override
    public synchronized void startMarketData(MarketDataListener listener) {
        if (marketData != null || !canStart("market-data stream")) {
            return;
        }
        // The same OkHttpClient as REST: its base URL override sends the /v2/{feed} handshake to the simulator too.
        marketData = new AlpacaMarketDataStream(http, dataFeed(), config.alpaca().keyId().orElseThrow(),
                config.alpaca().secretKey().orElseThrow(), listener, config.stream(), metrics);
        marketData.start();
    }

    @Override
    public synchronized void stopMarketData() {
        if (marketData != null) {
            marketData.stop();
        }
    }

    @Override
    public void streamSymbols(Set<String> symbols) {
        AlpacaMarketDataStream current = marketData;
        if (current != null) {
            current.streamSymbols(symbols);
        }
    }

    @Override
    public StreamState marketDataState() {
        AlpacaMarketDataStream current = marketData;
        return current == null ? StreamState.NOT_STARTED : current.state();
    }

    @PreDestroy
    void close() {
        stopMarketData();
        stopTradeUpdates();
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    static BrokerOrder toOrder(Order o) {
        List<BrokerOrder> legs = o.getLegs() == null ? List.of()
                : o.getLegs().stream().map(AlpacaBroker::toOrder).toList();
        return new BrokerOrder(o.getId(), o.getClientOrderId(), o.getSymbol(),
                o.getSide() == null ? null : o.getSide().value(), o.getType() == null ? null : o.getType().value(),
                o.getOrderClass() == null ? null : o.getOrderClass().value(),
                o.getStatus() == null ? null : o.getStatus().value(), decimal(o.getQuantity()),
                decimal(o.getFilledQuantity()), decimal(o.getAverageFillPrice()), decimal(o.getLimitPrice()),
                decimal(o.getStopPrice()), instant(o.getSubmittedAt()), instant(o.getUpdatedAt()), legs);
    }

    static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }

    static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    static Instant instant(ZonedDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
