package dev.tradeguard.testing.chaos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * The steady traffic of a campaign: bracket buys recommended by the campaign's strategies of the pipeline's account
 * (half approved by a person, half automatically), prices walking on the simulator, a simulated person approving or rejecting
 * what waits for approval, and a simulated risk officer who halts the account now and then and resumes it a few seconds
 * after any halt (its own or a kill switch's). A call
 * that fails because a fault is on is logged and not retried: the load goes on as a bot's would.
 */
public final class Load implements AutoCloseable {
    private static final Map<String, BigDecimal> START_PRICES = Campaign.SYMBOLS;
    private static final List<String> SYMBOLS = List.copyOf(START_PRICES.keySet());

    private final LocalPipeline pipeline;
    private final EventLog log;
    private final Random random;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(6, r -> {
        Thread thread = new Thread(r, "chaos-load");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>(START_PRICES);
    private final List<String> recommendationIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusedCalls = new AtomicInteger();
    private final AtomicInteger personDecisions = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final Duration recommendationInterval;
    private volatile Instant haltSeenAt;

    public Load(LocalPipeline pipeline, EventLog log, long seed, Duration recommendationInterval) {
        this.pipeline = pipeline;
        this.log = log;
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.recommendationInterval = recommendationInterval;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(guarded(this::recommend), 0, recommendationInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guarded(this::movePrices), 250, 500, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guarded(this::tradeHeldSymbols), 1_000, 3_000, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guarded(this::haltAsTheOfficer), 20_000, 40_000, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guarded(this::decideAsAPerson), 500, 1_000, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guarded(this::resumeWhenHalted), 1_000, 1_000, TimeUnit.MILLISECONDS);
    }

    /** Stops sending recommendations and moving prices; the person and the officer go on until {@link #close()}. */
    public void stopTrading() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round of the person's and the officer's work, for the settling phase. */
    public void personAndOfficerOnce() {
        guarded(this::decideAsAPerson).run();
        guarded(this::resumeWhenHalted).run();
    }

    private Runnable guarded(Runnable action) {
        return () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                refusedCalls.incrementAndGet();
                log.add("load", "call failed (a fault is on?): " + e);
            }
        };
    }

    private void recommend() {
        String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
        List<String> strategies = random.nextBoolean() ? Campaign.MANUAL_STRATEGIES : Campaign.AUTO_STRATEGIES;
        String strategy = strategies.get(random.nextInt(strategies.size()));
        BigDecimal price = prices.get(symbol);
        int quantity = 1 + random.nextInt(3);
        String body = """
                {"strategy": "%s", "symbol": "%s", "side": "buy", "quantity": %d, "limitPrice": %s,
                 "stopLoss": %s, "takeProfit": %s, "confidence": 0.8, "source": "CHAOS",
                 "rationale": "chaos campaign load", "validUntil": "%s"}
                """.formatted(strategy, symbol, quantity, price.toPlainString(),
                scaled(price, "0.97"), scaled(price, "1.03"), Instant.now().plus(Duration.ofHours(1)));
        JsonHttp.Reply reply = bot().post(pipeline.recommendation().baseUrl() + "/recommendations", body);
        String id = reply.body().path("recommendation").path("id").asText(null);
        if (reply.status() / 100 == 2 && id != null) {
            recommendationIds.add(id);
            log.add("load", "recommendation " + id + " " + strategy + " buy " + quantity + " " + symbol + " @ "
                    + price);
        } else {
            refusedCalls.incrementAndGet();
            log.add("load", "recommendation refused " + reply.status() + ": " + reply.text());
        }
    }

    private void movePrices() {
        for (int i = 0; i < 3; i++) {
            movePrice(SYMBOLS.get(random.nextInt(SYMBOLS.size())));
        }
    }

    /**
     * Prints a trade at the last price of every symbol the account holds: execution-service calls a held symbol's
     * prices stale after 10 s without one (and risk-service then refuses entries), and sixty symbols walked three
     * at a time would each go quiet for longer than that.
     */
    private void tradeHeldSymbols() {
        for (JsonNode position : pipeline.simulatorApi().get(pipeline.simulator().baseUrl() + "/v2/positions")
                .expect(200).body()) {
            BigDecimal price = prices.get(position.path("symbol").asText());
            if (price != null) {
                pipeline.setPrice(position.path("symbol").asText(), price.toPlainString());
            }
        }
    }

    /** Now and then the officer halts the account by hand (resumed a few seconds later by {@link #resumeWhenHalted}). */
    private void haltAsTheOfficer() {
        JsonHttp.Reply reply = officer().post(pipeline.risk().baseUrl() + "/trading-state/" + LocalPipeline.ACCOUNT
                + "/halt", "{\"reason\": \"chaos campaign: the officer halts\"}");
        log.add("officer", "halt: " + reply.status());
    }

    private void movePrice(String symbol) {
        BigDecimal start = START_PRICES.get(symbol);
        // up to 1 % a step, so brackets' 3 % stops and targets are reached now and then
        BigDecimal step = start.multiply(BigDecimal.valueOf(random.nextInt(9) - 4)).multiply(new BigDecimal("0.0025"));
        BigDecimal next = prices.get(symbol).add(step).max(scaled(start, "0.92")).min(scaled(start, "1.08"))
                .setScale(2, RoundingMode.HALF_UP);
        pipeline.setPrice(symbol, next.toPlainString());
        prices.put(symbol, next);
    }

    private void decideAsAPerson() {
        String risk = pipeline.risk().baseUrl();
        JsonHttp.Reply pending = viewer().get(risk + "/approvals?status=PENDING");
        if (pending.status() != 200) {
            return;
        }
        for (JsonNode approval : pending.body()) {
            String id = approval.path("id").asText();
            boolean approve = random.nextInt(5) != 0;
            JsonHttp.Reply reply = approver().post(risk + "/approvals/" + id + (approve ? "/approve" : "/reject"),
                    approve ? "{\"comment\": \"chaos campaign person\"}" : "{\"reason\": \"chaos campaign person\"}");
            personDecisions.incrementAndGet();
            log.add("person", (approve ? "approve " : "reject ") + id + " (recommendation "
                    + approval.path("recommendationId").asText() + "): " + reply.status());
        }
    }

    private void resumeWhenHalted() {
        String state = pipeline.risk().baseUrl() + "/trading-state/" + LocalPipeline.ACCOUNT;
        JsonHttp.Reply reply = viewer().get(state);
        if (reply.status() != 200 || !"HALTED".equals(reply.body().path("state").asText())) {
            haltSeenAt = null;
            return;
        }
        if (haltSeenAt == null) {
            haltSeenAt = Instant.now();
            log.add("officer", "account HALTED: " + reply.body().path("reason").asText());
            return;
        }
        if (Duration.between(haltSeenAt, Instant.now()).toSeconds() >= 3) {
            JsonHttp.Reply resumed = officer().post(state + "/resume",
                    "{\"reason\": \"chaos campaign: the officer resumes after a halt\"}");
            resumes.incrementAndGet();
            log.add("officer", "resume: " + resumed.status());
            haltSeenAt = null;
        }
    }

    private static BigDecimal scaled(BigDecimal price, String factor) {
        return price.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    // Tokens live ten minutes; a campaign lasts longer, so each call gets a fresh one.
    private static JsonHttp bot() {
        return JsonHttp.bearer(TestJwt.token("chaos-bot", "service"));
    }

    static JsonHttp viewer() {
        return JsonHttp.bearer(TestJwt.token("chaos-viewer", "viewer"));
    }

    private static JsonHttp approver() {
        return JsonHttp.bearer(TestJwt.token("chaos-person", "approver"));
    }

    private static JsonHttp officer() {
        return JsonHttp.bearer(TestJwt.token("chaos-officer", "risk-officer"));
    }

    public List<String> recommendationIds() {
        return List.copyOf(recommendationIds);
    }

    public int refusedCalls() {
        return refusedCalls.get();
    }

    public int personDecisions() {
        return personDecisions.get();
    }

    public int resumes() {
        return resumes.get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
