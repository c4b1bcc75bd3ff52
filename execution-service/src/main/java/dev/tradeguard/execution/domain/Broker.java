package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The port through which execution-service talks to its broker. Only {@code dev.tradeguard.execution.broker} implements
 * it (with the Alpaca client); everything else sees these types, with money as {@link BigDecimal}.
 */
public interface Broker {

    BrokerAccount account() throws BrokerException;

    BrokerClock clock() throws BrokerException;

    List<BrokerPosition> positions() throws BrokerException;

    /** Sends one order. A {@link BrokerException.Kind#UNCERTAIN} failure means it may or may not exist now. */
    BrokerOrder submit(OrderSubmission submission) throws BrokerException;

    /** The order with this client order id, with its legs; empty when the broker answers 404. */
    Optional<BrokerOrder> orderByClientId(String clientOrderId) throws BrokerException;

    /** The order with this broker id, with its legs; empty when the broker answers 404. */
    Optional<BrokerOrder> order(String brokerOrderId) throws BrokerException;

    /** Orders of any status submitted after {@code after} (null: the latest), newest first, with legs. */
    List<BrokerOrder> ordersSubmittedAfter(Instant after, int limit) throws BrokerException;

    List<BrokerOrder> openOrders() throws BrokerException;

    void cancel(String brokerOrderId) throws BrokerException;

    /** DELETE /v2/orders: the ids of the orders the broker accepted to cancel. */
    List<String> cancelAll() throws BrokerException;

    /** DELETE /v2/positions?cancel_orders=true: the symbols whose close order the broker accepted. */
    List<String> closeAll() throws BrokerException;

    /** The last trade in {@code symbol}: its price and when it printed. */
    LastTrade lastTrade(String symbol) throws BrokerException;

    /** Starts the trade_updates stream; reconnects by itself and tells {@code listener} about every state change. */
    void startTradeUpdates(TradeUpdateListener listener);

    void stopTradeUpdates();

    StreamState streamState();

    /**
     * Starts the real-time market-data stream (trades and quotes); reconnects by itself with back-off and subscribes
     * again to every symbol of the latest {@link #streamSymbols} after each reconnect.
     */
    void startMarketData(MarketDataListener listener);

    void stopMarketData();

    /** The symbols whose trades and quotes should stream: the stream subscribes and unsubscribes the difference. */
    void streamSymbols(Set<String> symbols);

    /** SUBSCRIBED while the market-data stream is connected and authenticated. */
    StreamState marketDataState();

    /** Receives market data on the stream's own thread: keep it short. */
    interface MarketDataListener {
        /** A trade: the new mark of {@code symbol}. {@code tradedAt} is the trade's own timestamp. */
        void onTrade(String symbol, BigDecimal price, Instant tradedAt);

        /** Any other market-data message about {@code symbol} (a quote): proof the feed is alive, not a price. */
        void onQuote(String symbol);

        /**
         * The server confirmed trades of these symbols, newly: a trade printed before that is never streamed, so the
         * listener reads their last trade instead of waiting for the next one (which may be long in coming).
         */
        void onSubscribed(Set<String> symbols);

        /** Connected, authenticated and subscribed again to every wanted symbol. */
        void onConnected();

        /** The connection is gone (a reconnect is scheduled). */
        void onDisconnected(String why);
    }

    /** Receives trade updates and stream state changes, on the stream's own thread. */
    interface TradeUpdateListener {
        void onTradeUpdate(BrokerTradeUpdate update);

        /** Called after every (re)connection that authenticated and subscribed: the moment to reconcile. */
        void onSubscribed(boolean reconnect);
    }

    enum StreamState {
        NOT_STARTED, CONNECTING, SUBSCRIBED, DISCONNECTED, STOPPED
    }
}
