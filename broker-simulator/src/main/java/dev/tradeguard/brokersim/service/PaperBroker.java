package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.AccountConfiguration;
import dev.tradeguard.brokersim.domain.AccountView;
import dev.tradeguard.brokersim.domain.Asset;
import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.Execution;
import dev.tradeguard.brokersim.domain.MarketTick;
import dev.tradeguard.brokersim.domain.MultiStatus;
import dev.tradeguard.brokersim.domain.OrderClass;
import dev.tradeguard.brokersim.domain.OrderQuery;
import dev.tradeguard.brokersim.domain.OrderRequest;
import dev.tradeguard.brokersim.domain.OrderStatus;
import dev.tradeguard.brokersim.domain.OrderType;
import dev.tradeguard.brokersim.domain.PortfolioHistoryQuery;
import dev.tradeguard.brokersim.domain.PortfolioSeries;
import dev.tradeguard.brokersim.domain.Position;
import dev.tradeguard.brokersim.domain.PositionView;
import dev.tradeguard.brokersim.domain.ReplaceRequest;
import dev.tradeguard.brokersim.domain.Side;
import dev.tradeguard.brokersim.domain.SimOrder;
import dev.tradeguard.brokersim.domain.TimeInForce;
import dev.tradeguard.brokersim.domain.Trade;
import dev.tradeguard.brokersim.domain.TradeUpdate;
import dev.tradeguard.model.market.NyseCalendar;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The paper exchange: order book, matching, and the account it trades for. Plain Java with an injected clock and a
 * seeded random source, so every behaviour is reproducible in a unit test. All public methods are synchronized: the
 * REST threads, the websocket and the clock driver all go through this one lock, and trade updates reach listeners in
 * the order they happened.
 *
 * <p>Matching: each order is checked against every bar the clock reveals (and against single-price ticks when a price
 * is set by hand or an order arrives). A limit fills at the open if the bar opens through it, else at the limit if the
 * bar's range reaches it; a stop triggers the same way and then fills like a market order at the trigger price;
 * market orders fill at the current price. Fill prices are last-trade prices, not bid/ask.
 */
public final class PaperBroker {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PENNY = new BigDecimal("0.01");
    private static final BigDecimal INITIAL_MARGIN_RATE = new BigDecimal("0.5");
    private static final BigDecimal LONG_MAINTENANCE_RATE = new BigDecimal("0.25");
    private static final BigDecimal SHORT_MAINTENANCE_RATE = new BigDecimal("0.30");
    private static final int MAX_CLIENT_ORDER_ID_LENGTH = 48;

    private final BrokerSettings settings;
    private final SimulationClock clock;
    private final NyseCalendar calendar;
    private final MarketData market;
    private final PortfolioHistory portfolioHistory;
    private final AssetCatalog assets;
    private final List<Consumer<TradeUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<MarketTick>> marketListeners = new CopyOnWriteArrayList<>();

    private Ledger ledger;
    private Random fills;
    private final Map<String, SimOrder> orders = new LinkedHashMap<>();
    private final Map<String, SimOrder> ordersByClientId = new HashMap<>();
    private long sequence;
    private Instant processedUntil;
    private BigDecimal lastEquity;
    private BigDecimal lastMaintenanceMargin;
    private BigDecimal equityAtLastClose;
    private BigDecimal maintenanceAtLastClose;
    private int ordersToReject;
    private BrokerSettings current;
    private EquityHistory equityHistory;
    /** The account configuration's own switches; no_shorting and the multiplier live in {@link #current}. */
    private AccountConfiguration preferences;

    public PaperBroker(BrokerSettings settings, SimulationClock clock, NyseCalendar calendar, MarketData market) {
        this.settings = settings;
        this.clock = clock;
        this.calendar = calendar;
        this.market = market;
        this.portfolioHistory = new PortfolioHistory(calendar);
        this.assets = new AssetCatalog(market.configuredSymbols());
        resetAccount(settings);
    }

    public void addListener(Consumer<TradeUpdate> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<TradeUpdate> listener) {
        listeners.remove(listener);
    }

    /**
     * Hears every change of a last price, under the broker's lock and before the orders it may fill are matched: bars
     * revealed as the clock passes, prices set by hand, and the restarted prices after a reset. A listener must not
     * block; it sees ticks in the order they happened.
     */
    public void addMarketListener(Consumer<MarketTick> listener) {
        marketListeners.add(listener);
    }

    public NyseCalendar calendar() {
        return calendar;
    }

    /** The tradable assets and their flags, which orders are checked against. */
    public AssetCatalog assets() {
        return assets;
    }

    public SimulationClock clock() {
        return clock;
    }

    // ---------------------------------------------------------------- admin

    /** Starts over: a fresh account, no orders, the market path restarted at {@code start} at {@code speed}. */
    public synchronized void reset(Instant start, double speed, BrokerSettings accountSettings) {
        clock.reset(start, speed);
        resetAccount(accountSettings);
    }

    private void resetAccount(BrokerSettings accountSettings) {
        current = accountSettings;
        ledger = new Ledger(accountSettings.initialCash());
        fills = new Random(accountSettings.seed());
        orders.clear();
        ordersByClientId.clear();
        sequence = 0;
        ordersToReject = 0;
        lastEquity = accountSettings.initialCash();
        lastMaintenanceMargin = BigDecimal.ZERO;
        equityAtLastClose = null;
        maintenanceAtLastClose = null;
        processedUntil = clock.now();
        market.reset(processedUntil);
        assets.restoreDefaults();
        equityHistory = new EquityHistory(processedUntil, accountSettings.initialCash());
        preferences = new AccountConfiguration("entry", "all", false, !accountSettings.shortingEnabled(), true,
                accountSettings.multiplier(), "entry");
        // The paths start over, so every last price may have changed: tell the stream what "latest trade" now says.
        for (String symbol : market.symbols()) {
            emitTick(MarketTick.of(market.latestTrade(symbol)));
        }
    }

    public BrokerSettings initialSettings() {
        return settings;
    }

    public synchronized BrokerSettings settings() {
        return current;
    }

    /** Moves the clock forward and runs everything that happens meanwhile, bar by bar. */
    public synchronized void advance(Duration step) {
        catchUp();
        clock.advance(step);
        catchUp();
    }

    /** Prints a trade at {@code price} now: positions are revalued and resting orders checked against it. */
    public synchronized void setPrice(String symbol, BigDecimal price) {
        catchUp();
        requireKnownSymbol(symbol);
        if (price.signum() <= 0) {
            throw BrokerRejection.invalid("price must be > 0");
        }
        Instant now = clock.now();
        emitTick(MarketTick.of(market.setPrice(symbol, price, now)));
        matchSymbol(Bar.tick(symbol, now, price), false);
        recordEquity(now, market::lastPrice);
    }

    /** The next {@code count} accepted orders are rejected by the "exchange" right after acceptance. */
    public synchronized void rejectNextOrders(int count) {
        ordersToReject = Math.max(0, count);
    }

    /** Runs the market up to the clock's current time. Called by every operation and by the real-time driver. */
    public synchronized void catchUp() {
        Instant now = clock.now();
        if (!now.isAfter(processedUntil)) {
            return;
        }
        // The market reveals every bar up to now at once; equity is recorded bar by bar at the prices of that bar.
        Map<String, BigDecimal> marks = new HashMap<>();
        market.symbols().forEach(symbol -> marks.put(symbol, market.lastPrice(symbol)));
        List<MarketTick> ticks = market.reveal(now);
        List<SessionBoundary> boundaries = SessionBoundary.between(calendar, processedUntil, now);
        int b = 0;
        for (MarketTick tick : ticks) {
            Bar bar = tick.closedBar();
            while (b < boundaries.size() && boundaries.get(b).at().isBefore(bar.end())) {
                onBoundary(boundaries.get(b++), marks::get);
            }
            emitTick(tick);
            marks.put(bar.symbol(), bar.close());
            onBar(bar);
            recordEquity(bar.end(), marks::get);
        }
        while (b < boundaries.size()) {
            onBoundary(boundaries.get(b++), marks::get);
        }
        processedUntil = now;
    }

    // ---------------------------------------------------------------- orders

    public synchronized SimOrder submit(OrderRequest request) {
        catchUp();
        Instant now = clock.now();
        if (preferences.suspendTrade()) {
            throw BrokerRejection.forbidden("new orders are blocked: suspend_trade is set in the account configuration");
        }
        validate(request, now);
        String clientOrderId = request.clientOrderId() == null ? UUID.randomUUID().toString() : request.clientOrderId();
        checkRisk(request, now);

        OrderClass cls = request.orderClass();
        BigDecimal parentLimit = cls == OrderClass.OCO ? request.takeProfitLimitPrice() : request.limitPrice();
        OrderType parentType = cls == OrderClass.OCO ? OrderType.LIMIT : request.type();
        boolean eligibleNow = tradableNow(request.extendedHours(), request.timeInForce(), now);
        OrderStatus initial = eligibleNow ? OrderStatus.NEW : OrderStatus.ACCEPTED;
        SimOrder parent = newOrder(clientOrderId, request.symbol(), request.side(), parentType, cls,
                request.extendedHours(), now, null, request.qty(), request.notional(), request.timeInForce(),
                parentLimit, request.stopPrice(), request.trailPrice(), request.trailPercent(), initial);
        if (parentType == OrderType.TRAILING_STOP) {
            initTrailing(parent, market.lastPrice(request.symbol()));
        }
        boolean legsWaitForParent = cls == OrderClass.BRACKET || cls == OrderClass.OTO;
        OrderStatus legStatus = legsWaitForParent ? OrderStatus.HELD : initial;
        // An OCO order is itself the exit pair; bracket and OTO legs exit the position the entry opens.
        Side exit = cls == OrderClass.OCO ? request.side() : request.side().opposite();
        if (cls != OrderClass.OCO && request.takeProfitLimitPrice() != null && cls.isMultiLeg()) {
            parent.addLeg(newOrder(UUID.randomUUID().toString(), request.symbol(), exit, OrderType.LIMIT, cls, false,
                    now, parent.id(), request.qty(), null, request.timeInForce(), request.takeProfitLimitPrice(), null,
                    null, null, legStatus));
        }
        if (request.stopLossStopPrice() != null && cls.isMultiLeg()) {
            OrderType stopType = request.stopLossLimitPrice() == null ? OrderType.STOP : OrderType.STOP_LIMIT;
            parent.addLeg(newOrder(UUID.randomUUID().toString(), request.symbol(), exit, stopType, cls, false, now,
                    parent.id(), request.qty(), null, request.timeInForce(), request.stopLossLimitPrice(),
                    request.stopLossStopPrice(), null, null, legStatus));
        }
        register(parent);
        parent.legs().forEach(this::register);

        if (ordersToReject > 0) {
            ordersToReject--;
            parent.setStatus(OrderStatus.ACCEPTED, now);
            SimOrder answer = parent.snapshot();
            rejectWithLegs(parent, now);
            return answer;
        }
        SimOrder answer = parent.snapshot();
        if (eligibleNow) {
            emit(TradeUpdate.of("new", parent, now));
            if (!legsWaitForParent) {
                parent.legs().forEach(leg -> emit(TradeUpdate.of("new", leg, now)));
            }
            matchSymbol(Bar.tick(request.symbol(), now, market.lastPrice(request.symbol())), true);
            recordEquity(now, market::lastPrice);
        }
        return answer;
    }

    public synchronized SimOrder replace(String orderId, ReplaceRequest patch) {
        catchUp();
        Instant now = clock.now();
        SimOrder old = requireOrder(orderId);
        if (!(old.status() == OrderStatus.NEW || old.status() == OrderStatus.ACCEPTED
                || old.status() == OrderStatus.HELD)) {
            throw BrokerRejection.unprocessable("order is not replaceable: it is " + old.status().wire());
        }
        List<String> problems = new ArrayList<>();
        if (patch.qty() != null && patch.qty().signum() <= 0) {
            problems.add("qty must be > 0");
        }
        if (patch.limitPrice() != null && !old.type().hasLimitPrice()) {
            problems.add("limit_price can only be replaced on limit and stop_limit orders");
        }
        if (patch.stopPrice() != null && !old.type().hasStopPrice()) {
            problems.add("stop_price can only be replaced on stop and stop_limit orders");
        }
        if (patch.trail() != null && old.type() != OrderType.TRAILING_STOP) {
            problems.add("trail can only be replaced on trailing_stop orders");
        }
        problems.addAll(priceProblems("limit_price", patch.limitPrice()));
        problems.addAll(priceProblems("stop_price", patch.stopPrice()));
        String clientOrderId = patch.clientOrderId() == null ? UUID.randomUUID().toString() : patch.clientOrderId();
        clientOrderIdProblem(clientOrderId).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw BrokerRejection.invalid(String.join("; ", problems));
        }
        BigDecimal trailPrice = old.trailPrice();
        BigDecimal trailPercent = old.trailPercent();
        if (patch.trail() != null) {
            if (trailPrice != null) {
                trailPrice = patch.trail();
            } else {
                trailPercent = patch.trail();
            }
        }
        SimOrder replacement = newOrder(clientOrderId, old.symbol(), old.side(), old.type(), old.orderClass(),
                old.extendedHours(), now, old.parentId(), orElse(patch.qty(), old.qty()), old.notional(),
                patch.timeInForce() == null ? old.timeInForce() : patch.timeInForce(),
                orElse(patch.limitPrice(), old.limitPrice()), orElse(patch.stopPrice(), old.stopPrice()), trailPrice,
                trailPercent, old.status());
        replacement.setReplaces(old.id());
        if (old.type() == OrderType.TRAILING_STOP) {
            initTrailing(replacement, old.highWaterMark());
        }
        for (SimOrder leg : old.legs()) {
            replacement.addLeg(leg);
        }
        old.markReplaced(replacement.id(), now);
        register(replacement);
        if (old.isLeg()) {
            orders.get(old.parentId()).replaceLeg(old, replacement);
        }
        emit(TradeUpdate.of("replaced", old, now));
        if (replacement.status().isWorking()) {
            emit(TradeUpdate.of("new", replacement, now));
            matchSymbol(Bar.tick(old.symbol(), now, market.lastPrice(old.symbol())), true);
            recordEquity(now, market::lastPrice);
        }
        return orders.get(replacement.id()).snapshot();
    }

    public synchronized void cancel(String orderId) {
        catchUp();
        SimOrder order = requireOrder(orderId);
        if (!order.status().isOpen()) {
            throw BrokerRejection.unprocessable("order is already in \"" + order.status().wire() + "\" state");
        }
        cancelWithRelatives(order, clock.now());
    }

    /** Cancels every open order; one entry per order canceled directly (legs go with their parent). */
    public synchronized List<MultiStatus> cancelAll() {
        catchUp();
        Instant now = clock.now();
        List<MultiStatus> results = new ArrayList<>();
        for (SimOrder order : List.copyOf(orders.values())) {
            if (order.status().isOpen()) {
                cancelWithRelatives(order, now);
                results.add(new MultiStatus(order.id(), order.symbol(), 200, nested(order), null));
            }
        }
        return results;
    }

    public synchronized Optional<SimOrder> order(String orderId, boolean nested) {
        catchUp();
        return Optional.ofNullable(orders.get(orderId)).map(o -> nested ? nested(o) : flat(o));
    }

    public synchronized Optional<SimOrder> orderByClientOrderId(String clientOrderId) {
        catchUp();
        return Optional.ofNullable(ordersByClientId.get(clientOrderId)).map(this::nested);
    }

    public synchronized List<SimOrder> orders(OrderQuery query) {
        catchUp();
        Comparator<SimOrder> bySubmission = Comparator.comparing(SimOrder::submittedAt)
                .thenComparingLong(SimOrder::sequence);
        return orders.values().stream()
                .filter(o -> !query.nested() || !o.isLeg())
                .filter(o -> switch (query.status()) {
                    case "open" -> o.status().isOpen();
                    case "closed" -> !o.status().isOpen();
                    default -> true;
                })
                .filter(o -> query.after() == null || o.submittedAt().isAfter(query.after()))
                .filter(o -> query.until() == null || o.submittedAt().isBefore(query.until()))
                .filter(o -> query.symbols() == null || query.symbols().contains(o.symbol()))
                .sorted(query.ascending() ? bySubmission : bySubmission.reversed())
                .limit(query.limit())
                .map(o -> query.nested() ? nested(o) : flat(o))
                .toList();
    }

    // ---------------------------------------------------------------- positions and account

    public synchronized List<PositionView> positions() {
        catchUp();
        return ledger.positions().values().stream().map(this::view).toList();
    }

    public synchronized Optional<PositionView> position(String symbol) {
        catchUp();
        return ledger.position(symbol).map(this::view);
    }

    /** Sends a market order closing {@code qty} shares or {@code percentage} percent (or all) of a position. */
    public synchronized SimOrder closePosition(String symbol, BigDecimal qty, BigDecimal percentage) {
        catchUp();
        Position position = ledger.position(symbol)
                .orElseThrow(() -> BrokerRejection.notFound("position not found: " + symbol));
        if (qty != null && percentage != null) {
            throw BrokerRejection.invalid("qty and percentage cannot be used together");
        }
        BigDecimal held = position.qty().abs();
        BigDecimal toClose = held;
        if (qty != null) {
            if (qty.signum() <= 0) {
                throw BrokerRejection.invalid("qty must be > 0");
            }
            if (qty.compareTo(held) > 0) {
                throw BrokerRejection.forbidden("insufficient qty available for order (requested: "
                        + plain(qty) + ", available: " + plain(held) + ")");
            }
            toClose = qty;
        } else if (percentage != null) {
            if (percentage.signum() <= 0 || percentage.compareTo(ONE_HUNDRED) > 0) {
                throw BrokerRejection.invalid("percentage must be > 0 and <= 100");
            }
            toClose = held.multiply(percentage).divide(ONE_HUNDRED, 9, RoundingMode.DOWN);
            if (held.stripTrailingZeros().scale() <= 0) {
                toClose = toClose.setScale(0, RoundingMode.DOWN);
            }
            if (toClose.signum() == 0) {
                throw BrokerRejection.invalid("percentage is too small to close a whole share");
            }
        }
        Side side = position.isLong() ? Side.SELL : Side.BUY;
        return submit(OrderRequest.market(symbol, toClose.stripTrailingZeros(), side, TimeInForce.DAY));
    }

    public synchronized List<MultiStatus> closeAll(boolean cancelOrders) {
        catchUp();
        if (cancelOrders) {
            cancelAll();
        }
        List<MultiStatus> results = new ArrayList<>();
        for (String symbol : List.copyOf(ledger.positions().keySet())) {
            try {
                SimOrder order = closePosition(symbol, null, null);
                results.add(new MultiStatus(order.id(), symbol, 200, order, null));
            } catch (BrokerRejection rejection) {
                results.add(new MultiStatus(null, symbol, rejection.httpStatus(), null, rejection));
            }
        }
        return results;
    }

    public synchronized AccountView account() {
        catchUp();
        return accountNow();
    }

    private AccountView accountNow() {
        return accountNow(market::lastPrice);
    }

    private AccountView accountNow(Function<String, BigDecimal> price) {
        BigDecimal longValue = BigDecimal.ZERO;
        BigDecimal shortValue = BigDecimal.ZERO;
        for (Position position : ledger.positions().values()) {
            BigDecimal value = position.qty().multiply(price.apply(position.symbol()));
            if (value.signum() >= 0) {
                longValue = longValue.add(value);
            } else {
                shortValue = shortValue.add(value);
            }
        }
        BigDecimal equity = ledger.cash().add(longValue).add(shortValue);
        BigDecimal initialMargin = longValue.add(shortValue.abs()).multiply(INITIAL_MARGIN_RATE);
        BigDecimal maintenance = maintenanceMargin(longValue, shortValue);
        BigDecimal regt = current.multiplier() == 1
                ? ledger.cash().max(BigDecimal.ZERO)
                : equity.subtract(initialMargin).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(current.multiplier()));
        BigDecimal buyingPower = regt.subtract(reservedByOpenOrders()).max(BigDecimal.ZERO);
        LocalDate today = NyseCalendar.marketDate(clock.now());
        return new AccountView(current.accountId(), "PA" + current.accountId().substring(0, 8).toUpperCase(),
                money(ledger.cash()), money(equity), money(lastEquity), money(longValue), money(shortValue),
                money(buyingPower), money(regt), BigDecimal.ZERO, money(initialMargin), money(maintenance),
                money(lastMaintenanceMargin), current.multiplier(), shortingAllowed(), false,
                ledger.dayTradeCount(today, calendar), preferences.suspendTrade());
    }

    /** The account's equity over the simulator's clock since the last reset, as Alpaca's portfolio history. */
    public synchronized PortfolioSeries portfolioHistory(PortfolioHistoryQuery query) {
        catchUp();
        return portfolioHistory.compute(query, equityHistory, clock.now());
    }

    public synchronized AccountConfiguration configuration() {
        return new AccountConfiguration(preferences.dtbpCheck(), preferences.tradeConfirmEmail(),
                preferences.suspendTrade(), !current.shortingEnabled(), preferences.fractionalTrading(),
                current.multiplier(), preferences.pdtCheck());
    }

    /** Applies {@code change} to the current configuration atomically; the multiplier and shorting take effect now. */
    public synchronized AccountConfiguration configure(UnaryOperator<AccountConfiguration> change) {
        catchUp();
        AccountConfiguration next = change.apply(configuration());
        current = current.withMultiplier(next.maxMarginMultiplier(), !next.noShorting());
        preferences = next;
        return configuration();
    }

    /** Books the equity at {@code at} valued at {@code price}: the prices as of that moment. */
    private void recordEquity(Instant at, Function<String, BigDecimal> price) {
        BigDecimal equity = ledger.cash();
        for (Position position : ledger.positions().values()) {
            equity = equity.add(position.qty().multiply(price.apply(position.symbol())));
        }
        equityHistory.record(at, equity);
    }

    public synchronized List<Execution> executions() {
        catchUp();
        return List.copyOf(ledger.executions());
    }

    // ---------------------------------------------------------------- market data passthrough (under the lock)

    public synchronized BigDecimal lastPrice(String symbol) {
        catchUp();
        requireKnownSymbol(symbol);
        return market.lastPrice(symbol);
    }

    public synchronized Trade latestTrade(String symbol) {
        catchUp();
        requireKnownSymbol(symbol);
        return market.latestTrade(symbol);
    }

    public synchronized Instant lastPriceAt(String symbol) {
        catchUp();
        requireKnownSymbol(symbol);
        return market.lastPriceAt(symbol);
    }

    public synchronized List<Bar> minuteBars(String symbol, Instant from, Instant to) {
        catchUp();
        requireKnownSymbol(symbol);
        return market.minuteBars(symbol, from, to);
    }

    public synchronized Optional<Bar> latestBar(String symbol) {
        catchUp();
        requireKnownSymbol(symbol);
        return market.latestBar(symbol);
    }

    public synchronized boolean knowsSymbol(String symbol) {
        return market.knows(symbol);
    }

    public synchronized List<String> symbols() {
        return market.symbols();
    }

    public synchronized Instant now() {
        catchUp();
        return clock.now();
    }

    // ---------------------------------------------------------------- validation and risk

    private void validate(OrderRequest r, Instant now) {
        List<String> problems = new ArrayList<>();
        if (!market.knows(r.symbol())) {
            throw BrokerRejection.invalid("asset \"" + r.symbol() + "\" not found");
        }
        Asset asset = assets.find(r.symbol()).orElseThrow();
        if (!asset.active() || !asset.tradable()) {
            throw BrokerRejection.invalid("asset " + r.symbol() + " is not tradable");
        }
        if (r.clientOrderId() != null) {
            clientOrderIdProblem(r.clientOrderId()).ifPresent(problems::add);
        }
        problems.addAll(priceProblems("limit_price", r.limitPrice()));
        problems.addAll(priceProblems("stop_price", r.stopPrice()));
        problems.addAll(priceProblems("take_profit.limit_price", r.takeProfitLimitPrice()));
        problems.addAll(priceProblems("stop_loss.stop_price", r.stopLossStopPrice()));
        problems.addAll(priceProblems("stop_loss.limit_price", r.stopLossLimitPrice()));
        boolean fractional = r.qty() != null && r.qty().stripTrailingZeros().scale() > 0;
        if ((fractional || r.notional() != null) && !asset.fractionable()) {
            problems.add("asset " + r.symbol() + " is not fractionable");
        }
        if ((fractional || r.notional() != null) && !preferences.fractionalTrading()) {
            throw BrokerRejection.forbidden("fractional and notional orders are refused: fractional_trading is off in"
                    + " the account configuration");
        }
        if ((fractional || r.notional() != null)
                && (r.type() != OrderType.MARKET || r.timeInForce() != TimeInForce.DAY || r.orderClass().isMultiLeg())) {
            problems.add("fractional and notional orders must be simple market day orders");
        }
        if (r.orderClass().isMultiLeg()) {
            bracketProblems(r, problems);
        }
        if (!problems.isEmpty()) {
            throw BrokerRejection.invalid(String.join("; ", problems));
        }
    }

    private void bracketProblems(OrderRequest r, List<String> problems) {
        if (r.timeInForce() != TimeInForce.DAY && r.timeInForce() != TimeInForce.GTC) {
            problems.add("time_in_force must be day or gtc for " + r.orderClass().wire() + " orders");
        }
        if (r.extendedHours()) {
            problems.add("extended_hours is not allowed for " + r.orderClass().wire() + " orders");
        }
        BigDecimal base = r.orderClass() == OrderClass.OCO ? null
                : r.limitPrice() != null ? r.limitPrice()
                : r.stopPrice() != null ? r.stopPrice() : market.lastPrice(r.symbol());
        boolean buy = r.side() == Side.BUY;
        if (r.takeProfitLimitPrice() != null && base != null) {
            BigDecimal bound = buy ? base.add(PENNY) : base.subtract(PENNY);
            if (buy ? r.takeProfitLimitPrice().compareTo(bound) < 0 : r.takeProfitLimitPrice().compareTo(bound) > 0) {
                problems.add("take_profit.limit_price must be " + (buy ? ">= " : "<= ") + "base_price "
                        + (buy ? "+" : "-") + " 0.01");
            }
        }
        if (r.stopLossStopPrice() != null && base != null) {
            BigDecimal bound = buy ? base.subtract(PENNY) : base.add(PENNY);
            if (buy ? r.stopLossStopPrice().compareTo(bound) > 0 : r.stopLossStopPrice().compareTo(bound) < 0) {
                problems.add("stop_loss.stop_price must be " + (buy ? "<= " : ">= ") + "base_price "
                        + (buy ? "-" : "+") + " 0.01");
            }
        }
        if (r.orderClass() == OrderClass.OCO && r.takeProfitLimitPrice() != null && r.stopLossStopPrice() != null) {
            boolean exitsLong = r.side() == Side.SELL;
            int order = r.takeProfitLimitPrice().compareTo(r.stopLossStopPrice());
            if (exitsLong ? order <= 0 : order >= 0) {
                problems.add("take_profit.limit_price must be " + (exitsLong ? "above" : "below")
                        + " stop_loss.stop_price");
            }
        }
    }

    private Optional<String> clientOrderIdProblem(String clientOrderId) {
        if (clientOrderId.length() > MAX_CLIENT_ORDER_ID_LENGTH) {
            return Optional.of("client_order_id must be no more than 48 characters");
        }
        if (ordersByClientId.containsKey(clientOrderId)) {
            return Optional.of("client_order_id must be unique");
        }
        return Optional.empty();
    }

    private static List<String> priceProblems(String field, BigDecimal price) {
        if (price == null) {
            return List.of();
        }
        if (price.signum() <= 0) {
            return List.of(field + " must be > 0");
        }
        int maxDecimals = price.compareTo(BigDecimal.ONE) >= 0 ? 2 : 4;
        if (price.stripTrailingZeros().scale() > maxDecimals) {
            return List.of(field + ": sub-penny increment does not fulfill minimum pricing criteria");
        }
        return List.of();
    }

    private void checkRisk(OrderRequest r, Instant now) {
        LocalDate today = NyseCalendar.marketDate(now);
        BigDecimal position = ledger.positionQty(r.symbol());
        if (ledger.wouldDayTrade(r.symbol(), r.side(), today)
                && ledger.dayTradeCount(today, calendar) >= 3
                && lastEquity.compareTo(current.patternDayTraderMinimumEquity()) < 0) {
            throw new BrokerRejection(403, BrokerRejection.PATTERN_DAY_TRADING,
                    "trade denied due to pattern day trading protection");
        }
        BigDecimal price = market.lastPrice(r.symbol());
        BigDecimal qty = r.qty() != null ? r.qty() : r.notional().divide(price, 9, RoundingMode.DOWN);
        BigDecimal opening;
        if (r.side() == Side.SELL && position.signum() > 0) {
            BigDecimal available = position.subtract(heldForSale(r.symbol()));
            if (r.orderClass() == OrderClass.OCO || qty.compareTo(position) <= 0) {
                if (qty.compareTo(available) > 0) {
                    throw BrokerRejection.forbidden("insufficient qty available for order (requested: " + plain(qty)
                            + ", available: " + plain(available.max(BigDecimal.ZERO)) + ")");
                }
                return;
            }
            opening = qty.subtract(position);
        } else if (r.side() == Side.BUY && position.signum() < 0) {
            opening = qty.subtract(position.abs()).max(BigDecimal.ZERO);
        } else {
            opening = qty;
        }
        if (opening.signum() == 0) {
            return;
        }
        if (r.side() == Side.SELL) {
            if (!shortingAllowed()) {
                throw BrokerRejection.forbidden("account is not allowed to short");
            }
            Asset asset = assets.find(r.symbol()).orElseThrow();
            if (!asset.shortable()) {
                throw BrokerRejection.forbidden("asset " + r.symbol() + " cannot be sold short");
            }
            if (!asset.easyToBorrow()) {
                throw BrokerRejection.forbidden("asset " + r.symbol() + " is hard to borrow and cannot be sold short");
            }
            if (r.qty() != null && r.qty().stripTrailingZeros().scale() > 0) {
                throw BrokerRejection.forbidden("fractional orders cannot be sold short");
            }
        }
        BigDecimal reference = r.limitPrice() != null ? r.limitPrice()
                : r.stopPrice() != null ? r.stopPrice() : price;
        if (r.orderClass() == OrderClass.OCO) {
            reference = r.takeProfitLimitPrice();
        }
        BigDecimal cost = r.notional() != null && r.side() == Side.BUY ? r.notional() : opening.multiply(reference);
        if (cost.compareTo(accountNow().buyingPower()) > 0) {
            throw BrokerRejection.forbidden("insufficient buying power");
        }
    }

    private boolean shortingAllowed() {
        return current.multiplier() > 1 && current.shortingEnabled();
    }

    /** Shares of a long position already promised to open sell orders (an OCO pair counts once). */
    private BigDecimal heldForSale(String symbol) {
        Map<String, BigDecimal> byGroup = new HashMap<>();
        for (SimOrder o : orders.values()) {
            if (o.symbol().equals(symbol) && o.side() == Side.SELL && o.status().isOpen()
                    && o.status() != OrderStatus.HELD && o.remainingQty() != null) {
                String group = o.isLeg() ? o.parentId() : o.id();
                if (o.isLeg() && orders.get(o.parentId()).side() == Side.SELL
                        && orders.get(o.parentId()).status() == OrderStatus.FILLED) {
                    group = o.id();
                }
                byGroup.merge(group, o.remainingQty(), BigDecimal::max);
            }
        }
        return byGroup.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Buying power promised to open orders that would add exposure (exit legs promise none). */
    private BigDecimal reservedByOpenOrders() {
        BigDecimal reserved = BigDecimal.ZERO;
        for (SimOrder o : orders.values()) {
            if (!o.status().isOpen() || o.isLeg() || o.orderClass() == OrderClass.OCO) {
                continue;
            }
            BigDecimal position = ledger.positionQty(o.symbol());
            boolean adds = o.side() == Side.BUY ? position.signum() >= 0 : position.signum() <= 0;
            if (!adds) {
                continue;
            }
            if (o.notional() != null && o.qty() == null) {
                reserved = reserved.add(o.notional());
                continue;
            }
            BigDecimal reference = o.limitPrice() != null ? o.limitPrice()
                    : o.stopPrice() != null ? o.stopPrice() : market.lastPrice(o.symbol());
            reserved = reserved.add(o.remainingQty().multiply(reference));
        }
        return reserved;
    }

    // ---------------------------------------------------------------- matching

    private void onBoundary(SessionBoundary boundary, Function<String, BigDecimal> price) {
        Instant at = boundary.at();
        switch (boundary.kind()) {
            case PRE_MARKET_OPEN -> activateQueued(at, true);
            case OPEN -> {
                if (equityAtLastClose != null) {
                    lastEquity = equityAtLastClose;
                    lastMaintenanceMargin = maintenanceAtLastClose;
                }
                activateQueued(at, false);
            }
            case CLOSE -> {
                for (SimOrder o : List.copyOf(orders.values())) {
                    if (o.status().isOpen() && o.status() != OrderStatus.HELD && !o.isLeg()
                            && expiresAtClose(o)) {
                        expireWithLegs(o, at);
                    } else if (o.status().isOpen() && o.isLeg() && o.timeInForce() == TimeInForce.DAY
                            && o.status() != OrderStatus.HELD) {
                        expireWithLegs(o, at);
                    }
                }
                // Valued at the close's prices: a catch-up past the close has already revealed later bars.
                AccountView account = accountNow(price);
                equityAtLastClose = account.equity();
                maintenanceAtLastClose = account.maintenanceMargin();
            }
            case AFTER_HOURS_CLOSE -> {
                for (SimOrder o : List.copyOf(orders.values())) {
                    if (o.status().isOpen() && o.timeInForce() == TimeInForce.DAY && o.extendedHours()) {
                        expireWithLegs(o, at);
                    }
                }
            }
        }
    }

    private boolean expiresAtClose(SimOrder o) {
        return switch (o.timeInForce()) {
            case DAY -> !o.extendedHours();
            case OPG, CLS, IOC, FOK -> true;
            case GTC -> false;
        };
    }

    private void activateQueued(Instant at, boolean extendedOnly) {
        for (SimOrder o : List.copyOf(orders.values())) {
            if (o.status() == OrderStatus.ACCEPTED && (!extendedOnly || o.extendedHours())) {
                o.setStatus(OrderStatus.NEW, at);
                emit(TradeUpdate.of("new", o, at));
            }
        }
    }

    private void onBar(Bar bar) {
        matchSymbol(bar, false);
    }

    /**
     * Checks every working order in the bar's symbol against it, oldest first. {@code arrival} marks the tick taken
     * when an order arrives: immediate-or-cancel and fill-or-kill orders get that one chance.
     */
    private void matchSymbol(Bar bar, boolean arrival) {
        Instant at = bar.end();
        LocalDate day = NyseCalendar.marketDate(bar.timestamp());
        boolean sessionBar = bar.length().compareTo(Duration.ZERO) > 0 && calendar.isTradingDay(day);
        boolean firstBarOfSession = sessionBar && bar.timestamp().equals(calendar.open(day));
        boolean lastBarOfSession = sessionBar && at.equals(calendar.close(day));
        List<SimOrder> candidates = orders.values().stream()
                .filter(o -> o.symbol().equals(bar.symbol()) && o.status().isWorking())
                .sorted(Comparator.comparingLong(SimOrder::sequence))
                .toList();
        for (SimOrder order : candidates) {
            if (!order.status().isWorking()) {
                continue;
            }
            Bar view = bar;
            switch (order.timeInForce()) {
                case OPG -> {
                    if (!firstBarOfSession) {
                        continue;
                    }
                    view = Bar.tick(bar.symbol(), at, bar.open());
                }
                case CLS -> {
                    if (!lastBarOfSession) {
                        continue;
                    }
                    view = Bar.tick(bar.symbol(), at, bar.close());
                }
                default -> {
                    if (!tradableNow(order.extendedHours(), order.timeInForce(), bar.timestamp())) {
                        continue;
                    }
                }
            }
            Optional<BigDecimal> price = executablePrice(order, view);
            if (price.isPresent()) {
                execute(order, price.get(), at);
            }
            boolean oneShot = order.timeInForce() == TimeInForce.IOC || order.timeInForce() == TimeInForce.FOK
                    || order.timeInForce() == TimeInForce.OPG;
            if (oneShot && order.status().isWorking() && (arrival || order.timeInForce() == TimeInForce.OPG)) {
                if (order.timeInForce() == TimeInForce.OPG) {
                    expireWithLegs(order, at);
                } else {
                    cancelWithRelatives(order, at);
                }
            }
        }
    }

    private boolean tradableNow(boolean extendedHours, TimeInForce tif, Instant at) {
        if (tif == TimeInForce.OPG || tif == TimeInForce.CLS) {
            return false;
        }
        return calendar.isOpen(at) || (extendedHours && calendar.isExtendedHours(at));
    }

    private Optional<BigDecimal> executablePrice(SimOrder o, Bar bar) {
        return switch (o.type()) {
            case MARKET -> Optional.of(bar.open());
            case LIMIT -> limitPrice(o.side(), o.limitPrice(), bar);
            case STOP -> {
                if (o.stopTriggered()) {
                    yield Optional.of(bar.open());
                }
                Optional<BigDecimal> trigger = stopTrigger(o.side(), o.stopPrice(), bar);
                trigger.ifPresent(p -> o.triggerStop());
                yield trigger;
            }
            case STOP_LIMIT -> {
                if (o.stopTriggered()) {
                    yield limitPrice(o.side(), o.limitPrice(), bar);
                }
                Optional<BigDecimal> trigger = stopTrigger(o.side(), o.stopPrice(), bar);
                if (trigger.isEmpty()) {
                    yield Optional.empty();
                }
                o.triggerStop();
                Bar rest = new Bar(bar.symbol(), bar.timestamp(), bar.length(), trigger.get(), bar.high(), bar.low(),
                        bar.close(), bar.volume(), bar.tradeCount(), bar.vwap());
                yield limitPrice(o.side(), o.limitPrice(), rest);
            }
            case TRAILING_STOP -> {
                Optional<BigDecimal> trigger = stopTrigger(o.side(), o.stopPrice(), bar);
                if (trigger.isEmpty()) {
                    trackTrailing(o, o.side() == Side.SELL ? bar.high() : bar.low());
                }
                yield trigger;
            }
        };
    }

    private static Optional<BigDecimal> limitPrice(Side side, BigDecimal limit, Bar bar) {
        if (side == Side.BUY) {
            if (bar.open().compareTo(limit) <= 0) {
                return Optional.of(bar.open());
            }
            return bar.low().compareTo(limit) <= 0 ? Optional.of(limit) : Optional.empty();
        }
        if (bar.open().compareTo(limit) >= 0) {
            return Optional.of(bar.open());
        }
        return bar.high().compareTo(limit) >= 0 ? Optional.of(limit) : Optional.empty();
    }

    private static Optional<BigDecimal> stopTrigger(Side side, BigDecimal stop, Bar bar) {
        if (side == Side.BUY) {
            if (bar.open().compareTo(stop) >= 0) {
                return Optional.of(bar.open());
            }
            return bar.high().compareTo(stop) >= 0 ? Optional.of(stop) : Optional.empty();
        }
        if (bar.open().compareTo(stop) <= 0) {
            return Optional.of(bar.open());
        }
        return bar.low().compareTo(stop) <= 0 ? Optional.of(stop) : Optional.empty();
    }

    private void initTrailing(SimOrder order, BigDecimal price) {
        order.setHighWaterMark(price);
        order.setStopPriceForTrailing(trailingStop(order, price));
    }

    private void trackTrailing(SimOrder order, BigDecimal extreme) {
        boolean better = order.side() == Side.SELL
                ? extreme.compareTo(order.highWaterMark()) > 0
                : extreme.compareTo(order.highWaterMark()) < 0;
        if (better) {
            initTrailing(order, extreme);
        }
    }

    private static BigDecimal trailingStop(SimOrder order, BigDecimal hwm) {
        BigDecimal offset = order.trailPrice() != null
                ? order.trailPrice()
                : hwm.multiply(order.trailPercent()).divide(ONE_HUNDRED, 2, RoundingMode.HALF_EVEN);
        return order.side() == Side.SELL ? hwm.subtract(offset) : hwm.add(offset);
    }

    private void execute(SimOrder order, BigDecimal price, Instant at) {
        if (order.qty() == null) {
            order.fixNotionalQty(order.notional().divide(price, 9, RoundingMode.DOWN).stripTrailingZeros());
        }
        BigDecimal remaining = order.remainingQty();
        BigDecimal fillQty = remaining;
        if (current.partialFillProbability() > 0 && remaining.compareTo(BigDecimal.ONE) > 0
                && remaining.stripTrailingZeros().scale() <= 0
                && fills.nextDouble() < current.partialFillProbability()) {
            if (order.timeInForce() == TimeInForce.FOK) {
                cancelWithRelatives(order, at);
                return;
            }
            BigDecimal share = BigDecimal.valueOf(0.2 + 0.6 * fills.nextDouble());
            fillQty = remaining.multiply(share).setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
        }
        order.recordFill(fillQty, price, at);
        Execution execution = new Execution(executionId(at), order.id(), order.symbol(), order.side(), fillQty, price,
                order.filledQty(), order.remainingQty(), order.status(), at);
        BigDecimal positionQty = ledger.book(execution, order.assetId(), NyseCalendar.marketDate(at));
        String event = order.status() == OrderStatus.FILLED ? "fill" : "partial_fill";
        emit(new TradeUpdate(event, execution.id(), order.snapshot(), at, price, fillQty, positionQty));

        if (order.status() == OrderStatus.FILLED) {
            for (SimOrder leg : order.legs()) {
                if (leg.status() == OrderStatus.HELD) {
                    leg.setStatus(OrderStatus.NEW, at);
                    emit(TradeUpdate.of("new", leg, at));
                }
            }
        }
        for (SimOrder sibling : siblings(order)) {
            if (sibling.status().isOpen()) {
                sibling.cancel(at);
                emit(TradeUpdate.of("canceled", sibling, at));
            }
        }
    }

    /** The other exit(s) of the same bracket/OCO group: once one executes, the others are canceled. */
    private List<SimOrder> siblings(SimOrder order) {
        if (order.orderClass() == OrderClass.OCO && !order.isLeg()) {
            return order.legs();
        }
        if (!order.isLeg()) {
            return List.of();
        }
        SimOrder parent = orders.get(order.parentId());
        List<SimOrder> result = new ArrayList<>();
        if (parent.orderClass() == OrderClass.OCO) {
            result.add(parent);
        }
        for (SimOrder leg : parent.legs()) {
            if (leg != order) {
                result.add(leg);
            }
        }
        return result;
    }

    private void cancelWithRelatives(SimOrder order, Instant at) {
        endWithRelatives(order, at, "canceled", SimOrder::cancel);
    }

    private void expireWithLegs(SimOrder order, Instant at) {
        endWithRelatives(order, at, "expired", SimOrder::expire);
    }

    /** Ends an open order, then its legs and OCO siblings the same way, each with its own trade update. */
    private void endWithRelatives(SimOrder order, Instant at, String event, BiConsumer<SimOrder, Instant> end) {
        if (!order.status().isOpen()) {
            return;
        }
        end.accept(order, at);
        emit(TradeUpdate.of(event, order, at));
        for (SimOrder leg : order.legs()) {
            endWithRelatives(leg, at, event, end);
        }
        for (SimOrder sibling : siblings(order)) {
            endWithRelatives(sibling, at, event, end);
        }
    }

    private void rejectWithLegs(SimOrder order, Instant at) {
        order.reject(at);
        emit(TradeUpdate.of("rejected", order, at));
        for (SimOrder leg : order.legs()) {
            rejectWithLegs(leg, at);
        }
    }

    // ---------------------------------------------------------------- helpers

    private SimOrder newOrder(String clientOrderId, String symbol, Side side, OrderType type, OrderClass cls,
                              boolean extendedHours, Instant now, String parentId, BigDecimal qty, BigDecimal notional,
                              TimeInForce tif, BigDecimal limit, BigDecimal stop, BigDecimal trailPrice,
                              BigDecimal trailPercent, OrderStatus status) {
        return new SimOrder(UUID.randomUUID().toString(), ++sequence, clientOrderId, symbol, MarketData.assetId(symbol),
                side, type, cls, extendedHours, now, parentId, qty, notional, tif, limit, stop, trailPrice,
                trailPercent, status);
    }

    private void register(SimOrder order) {
        orders.put(order.id(), order);
        ordersByClientId.put(order.clientOrderId(), order);
    }

    private SimOrder requireOrder(String orderId) {
        SimOrder order = orders.get(orderId);
        if (order == null) {
            throw BrokerRejection.notFound("order not found");
        }
        return order;
    }

    private void requireKnownSymbol(String symbol) {
        if (!market.knows(symbol)) {
            throw BrokerRejection.notFound("asset not found for " + symbol);
        }
    }

    private SimOrder nested(SimOrder order) {
        return order.snapshot();
    }

    private static SimOrder flat(SimOrder order) {
        SimOrder copy = order.snapshot();
        copy.legs().clear();
        return copy;
    }

    private PositionView view(Position position) {
        BigDecimal price = market.lastPrice(position.symbol());
        LocalDate today = NyseCalendar.marketDate(clock.now());
        BigDecimal lastday = market.previousClose(position.symbol(), today);
        BigDecimal marketValue = position.qty().multiply(price);
        BigDecimal costBasis = position.costBasis();
        BigDecimal unrealized = price.subtract(position.avgEntryPrice()).multiply(position.qty());
        BigDecimal intradayBasis = today.equals(position.openedOn()) ? position.avgEntryPrice() : lastday;
        BigDecimal intraday = price.subtract(intradayBasis).multiply(position.qty());
        BigDecimal intradayCost = intradayBasis.multiply(position.qty()).abs();
        BigDecimal available = position.isLong()
                ? position.qty().subtract(heldForSale(position.symbol())).max(BigDecimal.ZERO)
                : position.qty();
        return new PositionView(position.symbol(), position.assetId(), position.qty(), available,
                position.avgEntryPrice(), money(marketValue), money(costBasis), money(unrealized),
                ratio(unrealized, costBasis.abs()), money(intraday), ratio(intraday, intradayCost), price, lastday,
                ratio(price.subtract(lastday), lastday));
    }

    private BigDecimal maintenanceMargin(BigDecimal longValue, BigDecimal shortValue) {
        return longValue.multiply(LONG_MAINTENANCE_RATE).add(shortValue.abs().multiply(SHORT_MAINTENANCE_RATE));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return numerator.divide(denominator, MathContext.DECIMAL64).setScale(10, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(Math.max(2, Math.min(value.stripTrailingZeros().scale(), 6)), RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal orElse(BigDecimal value, BigDecimal fallback) {
        return value != null ? value : fallback;
    }

    private String executionId(Instant at) {
        return UUID.randomUUID().toString();
    }

    private void emitTick(MarketTick tick) {
        for (Consumer<MarketTick> listener : marketListeners) {
            listener.accept(tick);
        }
    }

    private void emit(TradeUpdate update) {
        for (Consumer<TradeUpdate> listener : listeners) {
            listener.accept(update);
        }
    }
}
