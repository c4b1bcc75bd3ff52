package dev.tradeguard.recommendation.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.recommendation.config.MovableClock;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.TokenBudget;
import dev.tradeguard.recommendation.messaging.AnthropicReplies;
import dev.tradeguard.recommendation.messaging.FakeResearchApis;
import dev.tradeguard.recommendation.repository.ResearchBudgetEntity;
import dev.tradeguard.recommendation.repository.ResearchRepository;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The research generator end to end against a WireMock server speaking Anthropic's Messages API (tool-use turns
 * included) and Financial Datasets: what is published, what is stored for audit, and how each failure ends.
 */
@QuarkusTest
@WithTestResource(FakeResearchApis.class)
class ResearchGeneratorTest {
    static final String MESSAGES = "/v1/messages";
    static final String DEE_ACCOUNT = "PA-DEE";

    @Inject
    ResearchRepository research;

    @Inject
    ResearchScheduler scheduler;

    WireMockServer fake;

    @BeforeEach
    void freshFakes() {
        MovableClock.reset();
        fake = FakeResearchApis.server();
        fake.resetAll();
    }

    @AfterEach
    void realTimeAndAFreshBudget() {
        MovableClock.reset();
        QuarkusTransaction.requiringNew().run(() -> ResearchBudgetEntity.deleteAll());
    }

    static JsonPath runResearch(String strategy) {
        return given().auth().oauth2(TestJwt.token("ada", "admin")).queryParam("strategy", strategy)
                .post("/research/run").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath runDetail(String id) {
        return given().auth().oauth2(TestJwt.token("vic", "viewer")).get("/research/runs/" + id).then()
                .statusCode(200).extract().jsonPath();
    }

    static String idea(String symbol, String side, String limit, String stop, String target) {
        return """
                {"symbol": "%s", "side": "%s", "shares": 10, "limit_price": %s, "stop_loss": %s, "take_profit": %s,
                 "confidence": 0.62, "rationale": "Defensive staple at a discount to its five-year P/E.",
                 "catalyst": "Investor day", "catalyst_date": "2030-01-15"}""".formatted(symbol, side, limit, stop,
                target);
    }

    MappingBuilder messages() {
        return post(urlPathEqualTo(MESSAGES));
    }

    void answerEveryCallWith(String body) {
        fake.stubFor(messages().willReturn(okJson(body)));
    }

    static Alert alertFor(String runId) {
        List<ConsumerRecord<String, String>> alerts = TestKafka.await(Topics.ALERTS, 1,
                record -> record.value().contains(runId));
        try {
            return EventJson.mapper().readValue(alerts.get(0).value(), Alert.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void nothingPublishedFor(String strategy, String symbol) {
        given().auth().oauth2(TestJwt.token("vic", "viewer")).queryParam("strategy", strategy)
                .queryParam("symbol", symbol).get("/recommendations").then().statusCode(200).body("$", hasSize(0));
    }

    int modelCalls() {
        return fake.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).size();
    }

    @Test
    void aToolUseTurnThenAFinalAnswerPublishesTheValidIdeasRejectsTheInvalidOnesAndStoresEveryRawResponse() {
        fake.stubFor(get(urlPathEqualTo("/prices/snapshot/")).withQueryParam("ticker", equalTo("KMB"))
                .willReturn(okJson("""
                        {"snapshot": {"ticker": "KMB", "price": 128.40, "day_change": 0.42,
                         "day_change_percent": 0.33, "time": "2030-01-08T13:29:00Z"}}""")));
        fake.stubFor(get(urlPathEqualTo("/news/")).withQueryParam("ticker", equalTo("KMB"))
                .willReturn(okJson("""
                        {"news": [{"ticker": "KMB", "title": "Kimberly-Clark raises dividend", "author": "Wire",
                         "source": "Reuters", "date": "2030-01-07", "url": "https://example.com/kmb",
                         "sentiment": "positive"}]}""")));
        fake.stubFor(messages().withRequestBody(notContaining("tool_result")).willReturn(okJson(
                AnthropicReplies.toolUse("msg_research_turn_1",
                        AnthropicReplies.toolUseBlock("toolu_01price", "get_price_snapshot", "{\"ticker\": \"KMB\"}"),
                        AnthropicReplies.toolUseBlock("toolu_02news", "get_news",
                                "{\"ticker\": \"KMB\", \"limit\": 5}")))));
        fake.stubFor(messages().withRequestBody(containing("tool_result")).willReturn(okJson(
                AnthropicReplies.finalAnswer("msg_research_turn_2", "["
                        + idea("KMB", "buy", "128.40", "120.70", "141.20") + ", "
                        + idea("CL", "buy", "90.00", "95.00", "99.00") + ", "
                        + idea("PEP", "sell short", "150.00", "160.00", "140.00") + "]"))));

        JsonPath run = runResearch("DEE-BOT");

        assertEquals("COMPLETED", run.getString("status"));
        assertEquals(2, run.getInt("turns"));
        assertEquals(1, run.getInt("published"));
        assertEquals(2, run.getInt("rejected"));
        assertEquals(3600, run.getLong("inputTokens"));
        assertEquals(750, run.getLong("outputTokens"));
        String recommendationId = run.getString("ideas[0].recommendationId");
        assertNotNull(recommendationId);
        assertTrue(run.getString("ideas[1].reasons").contains("stopLoss: must be below the limit price 90.00"),
                run.getString("ideas[1].reasons"));
        assertTrue(run.getString("ideas[2].reasons").contains("DEE-BOT is long only"),
                run.getString("ideas[2].reasons"));

        Recommendation published = TestKafka.await(Topics.RECOMMENDATIONS, 1,
                record -> record.value().contains(recommendationId)).stream()
                .map(record -> read(record.value(), Recommendation.class)).findFirst().orElseThrow();
        assertEquals(DEE_ACCOUNT, published.accountId());
        assertEquals("DEE-BOT", published.strategy());
        assertEquals("KMB", published.symbol());
        assertEquals(Side.BUY, published.side());
        assertEquals(0, new BigDecimal("120.70").compareTo(published.stopLoss()));
        assertEquals(0, new BigDecimal("141.20").compareTo(published.takeProfit()));
        assertEquals("CLAUDE", published.source());
        assertEquals(List.of(), published.validate());
        given().auth().oauth2(TestJwt.token("vic", "viewer")).get("/recommendations/" + recommendationId).then()
                .statusCode(200).body("origin", org.hamcrest.Matchers.equalTo("RESEARCH"));
        nothingPublishedFor("DEE-BOT", "CL");
        nothingPublishedFor("DEE-BOT", "PEP");

        // The real protocol: keys in headers, the tools offered, tool results sent back under their tool_use ids.
        fake.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("x-api-key", equalTo(FakeResearchApis.ANTHROPIC_KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withRequestBody(containing("\"model\":\"" + FakeResearchApis.MODEL + "\""))
                .withRequestBody(containing("\"name\":\"get_financial_metrics\"")));
        fake.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("\"tool_use_id\":\"toolu_01price\""))
                .withRequestBody(containing("\"tool_use_id\":\"toolu_02news\""))
                .withRequestBody(containing("Kimberly-Clark raises dividend")));
        fake.verify(1, getRequestedFor(urlPathEqualTo("/prices/snapshot/"))
                .withHeader("X-API-KEY", equalTo(FakeResearchApis.FINANCIAL_DATASETS_KEY)));
        fake.verify(1, getRequestedFor(urlPathEqualTo("/news/")).withQueryParam("limit", equalTo("5")));

        JsonPath detail = runDetail(run.getString("id"));
        List<Map<String, Object>> exchanges = detail.getList("exchanges");
        assertEquals(4, exchanges.size(), "two model responses and two tool results");
        assertEquals("ANTHROPIC", exchanges.get(0).get("api"));
        assertTrue(((String) exchanges.get(0).get("body")).contains("msg_research_turn_1"));
        assertTrue(((String) exchanges.get(1).get("body")).contains("\"price\": 128.40"), "raw, byte for byte");
        assertTrue(((String) exchanges.get(3).get("body")).contains("msg_research_turn_2"));
        String everything = given().auth().oauth2(TestJwt.token("vic", "viewer"))
                .get("/research/runs/" + run.getString("id")).asString();
        assertFalse(everything.contains(FakeResearchApis.ANTHROPIC_KEY));
        assertFalse(everything.contains(FakeResearchApis.FINANCIAL_DATASETS_KEY));
    }

    @Test
    void aMalformedFinalAnswerPublishesNothingAndRaisesAnApiErrorAlert() {
        answerEveryCallWith(AnthropicReplies.answer("msg_malformed", "end_turn", "Ideas:\n```json\n"
                + "{\"recommendations\": [{\"symbol\": \"HSY\", \"side\": \"buy\", \"limit_price\": 170.1\n```"));

        JsonPath run = runResearch("DEE-BOT");

        assertEquals("FAILED", run.getString("status"));
        assertEquals("MALFORMED_OUTPUT", run.getString("failureKind"));
        assertEquals(0, run.getInt("published"));
        Alert alert = alertFor(run.getString("id"));
        assertEquals(AlertType.API_ERROR, alert.alertType());
        assertEquals(DEE_ACCOUNT, alert.accountId());
        assertEquals("DEE-BOT", alert.strategy());
        assertTrue(alert.subject().contains("AI research for DEE-BOT failed"), alert.subject());
        assertTrue(alert.message().contains("No recommendations were published"), alert.message());
        assertTrue(alert.message().contains("no JSON block"), alert.message());
        assertEquals(List.of(), alert.validate());
        assertFalse(alert.toString().contains(FakeResearchApis.ANTHROPIC_KEY));
        nothingPublishedFor("DEE-BOT", "HSY");
        assertTrue(runDetail(run.getString("id")).getString("exchanges[0].body").contains("msg_malformed"),
                "the malformed response is kept for audit");
    }

    @Test
    void anAnswerWhoseIdeasAllFailValidationPublishesNothingAndRaisesAnAlert() {
        answerEveryCallWith(AnthropicReplies.finalAnswer("msg_all_bad", "["
                + idea("GIS", "buy", "\"64.10\"", "60.00", "70.00") + ", "
                + idea("k", "buy", "70.00", "66.00", "77.00") + "]"));

        JsonPath run = runResearch("DEE-BOT");

        assertEquals("FAILED", run.getString("status"));
        assertEquals("ALL_REJECTED", run.getString("failureKind"));
        assertEquals(2, run.getInt("rejected"));
        assertTrue(run.getString("ideas[0].reasons").contains("limit_price: must be a number"),
                run.getString("ideas[0].reasons"));
        assertEquals(AlertType.API_ERROR, alertFor(run.getString("id")).alertType());
        nothingPublishedFor("DEE-BOT", "GIS");
    }

    @Test
    void a429IsRetriedAfterTheServersRetryAfterAndTheRunThenSucceeds() {
        fake.stubFor(messages().inScenario("rate limited").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("retry-after", "1")
                        .withHeader("content-type", "application/json")
                        .withBody(AnthropicReplies.error("rate_limit_error", "Number of requests exceeded")))
                .willSetStateTo("waited"));
        fake.stubFor(messages().inScenario("rate limited").whenScenarioStateIs("waited").willReturn(okJson(
                AnthropicReplies.finalAnswer("msg_after_429", "[" + idea("MDLZ", "buy", "70.00", "65.10", "77.00")
                        + "]"))));

        Instant started = Instant.now();
        JsonPath run = runResearch("DEE-BOT");
        Duration took = Duration.between(started, Instant.now());

        assertEquals("COMPLETED", run.getString("status"));
        assertEquals(1, run.getInt("published"));
        assertEquals(2, modelCalls());
        assertTrue(took.toMillis() >= 950, "retry-after: 1 was honoured over the 10 ms backoff, took " + took);
        JsonPath detail = runDetail(run.getString("id"));
        assertEquals(429, detail.getInt("exchanges[0].httpStatus"));
        assertTrue(detail.getString("exchanges[0].body").contains("rate_limit_error"));
        assertEquals(200, detail.getInt("exchanges[1].httpStatus"));
    }

    @Test
    void anOverloaded529IsRetriedLikeA5xx() {
        fake.stubFor(messages().inScenario("overloaded").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(529).withHeader("content-type", "application/json")
                        .withBody(AnthropicReplies.error("overloaded_error", "Overloaded")))
                .willSetStateTo("recovered"));
        fake.stubFor(messages().inScenario("overloaded").whenScenarioStateIs("recovered").willReturn(okJson(
                AnthropicReplies.finalAnswer("msg_after_529", "[]"))));

        JsonPath run = runResearch("SHORGAN-BOT");

        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        assertEquals(0, run.getInt("published"));
        assertEquals(2, modelCalls());
    }

    @Test
    void aPersistent500FailsTheRunAfterTheLastAttemptWithAnAlertAndNothingPublished() {
        fake.stubFor(messages().willReturn(aResponse().withStatus(500).withHeader("content-type", "application/json")
                .withBody(AnthropicReplies.error("api_error", "Internal server error"))));

        JsonPath run = runResearch("SHORGAN-BOT");

        assertEquals("FAILED", run.getString("status"));
        assertEquals("API_ERROR", run.getString("failureKind"));
        assertTrue(run.getString("failure").contains("HTTP 500"), run.getString("failure"));
        assertTrue(run.getString("failure").contains("gave up after " + FakeResearchApis.MAX_ATTEMPTS),
                run.getString("failure"));
        assertEquals(FakeResearchApis.MAX_ATTEMPTS, modelCalls());
        Alert alert = alertFor(run.getString("id"));
        assertEquals(AlertType.API_ERROR, alert.alertType());
        assertEquals("SHORGAN-BOT", alert.strategy());
        assertEquals(run.getString("id"), alert.details().get("runId"));
        assertEquals(FakeResearchApis.MAX_ATTEMPTS, runDetail(run.getString("id")).getList("exchanges").size(),
                "every failed attempt's body is kept");
    }

    @Test
    void aCallThatTimesOutIsRetried() {
        fake.stubFor(messages().inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(AnthropicReplies.finalAnswer("msg_too_late", "[]"))
                        .withFixedDelay(FakeResearchApis.READ_TIMEOUT_MILLIS + 1000))
                .willSetStateTo("fast again"));
        fake.stubFor(messages().inScenario("slow").whenScenarioStateIs("fast again").willReturn(okJson(
                AnthropicReplies.finalAnswer("msg_in_time", "[]"))));

        JsonPath run = runResearch("DEE-BOT");

        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        assertEquals(2, modelCalls());
        JsonPath detail = runDetail(run.getString("id"));
        assertNull(detail.get("exchanges[0].httpStatus"), "no answer came");
        assertTrue(detail.getString("exchanges[0].body").contains("gave no answer"),
                detail.getString("exchanges[0].body"));
        assertTrue(detail.getString("exchanges[1].body").contains("msg_in_time"));
    }

    @Test
    void aRefusedKeyIsNotRetriedAndNeverLogged() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        fake.stubFor(messages().willReturn(aResponse().withStatus(401).withHeader("content-type", "application/json")
                .withBody(AnthropicReplies.error("authentication_error", "invalid x-api-key"))));

        JsonPath run;
        try {
            run = runResearch("DEE-BOT");
        } finally {
            root.removeHandler(capture);
        }

        assertEquals("API_ERROR", run.getString("failureKind"));
        assertTrue(run.getString("failure").contains("not retried"), run.getString("failure"));
        assertEquals(1, modelCalls());
        assertEquals(AlertType.API_ERROR, alertFor(run.getString("id")).alertType());
        assertTrue(logged.stream().anyMatch(line -> line.contains("authentication_error")), "the failure is logged");
        assertTrue(logged.stream().noneMatch(line -> line.contains(FakeResearchApis.ANTHROPIC_KEY)
                || line.contains(FakeResearchApis.FINANCIAL_DATASETS_KEY)), "a key was logged");
    }

    @Test
    void anExhaustedDailyBudgetMakesNoCallAndRaisesAnAlert() {
        research.spend(NyseCalendar.marketDate(Instant.now()), FakeResearchApis.DAILY_TOKENS, 0, BigDecimal.ONE);
        answerEveryCallWith(AnthropicReplies.finalAnswer("msg_never", "[]"));

        JsonPath run = runResearch("DEE-BOT");

        assertEquals("FAILED", run.getString("status"));
        assertEquals("BUDGET_EXHAUSTED", run.getString("failureKind"));
        assertTrue(run.getString("failure").contains("daily token budget is spent"), run.getString("failure"));
        assertEquals(0, modelCalls());
        Alert alert = alertFor(run.getString("id"));
        assertEquals(AlertType.API_ERROR, alert.alertType());
        assertTrue(alert.message().contains("budget"), alert.message());
    }

    @Test
    void aDataProviderThatKeepsFailingEndsTheRunInsteadOfResearchingOnMissingData() {
        fake.stubFor(get(urlPathEqualTo("/financial-metrics/snapshot/")).willReturn(aResponse().withStatus(503)));
        answerEveryCallWith(AnthropicReplies.toolUse("msg_wants_metrics",
                AnthropicReplies.toolUseBlock("toolu_metrics", "get_financial_metrics", "{\"ticker\": \"SNDX\"}")));

        JsonPath run = runResearch("SHORGAN-BOT");

        assertEquals("FAILED", run.getString("status"));
        assertEquals("DATA_UNAVAILABLE", run.getString("failureKind"));
        assertEquals(1, modelCalls());
        fake.verify(FakeResearchApis.MAX_ATTEMPTS, getRequestedFor(urlPathEqualTo("/financial-metrics/snapshot/")));
        assertEquals(AlertType.API_ERROR, alertFor(run.getString("id")).alertType());
    }

    @Test
    void anUnknownTickerOrABadToolInputGoesBackToTheModelAsAToolError() {
        fake.stubFor(get(urlPathEqualTo("/prices/snapshot/")).willReturn(aResponse().withStatus(404)
                .withHeader("content-type", "application/json").withBody("{\"error\": \"Ticker not found\"}")));
        fake.stubFor(messages().withRequestBody(notContaining("tool_result")).willReturn(okJson(
                AnthropicReplies.toolUse("msg_lookup",
                        AnthropicReplies.toolUseBlock("toolu_unknown", "get_price_snapshot",
                                "{\"ticker\": \"ZZZQ\"}"),
                        AnthropicReplies.toolUseBlock("toolu_bad", "get_prices",
                                "{\"ticker\": \"ARQT\", \"start_date\": \"last week\"}")))));
        fake.stubFor(messages().withRequestBody(containing("tool_result")).willReturn(okJson(
                AnthropicReplies.finalAnswer("msg_done", "[]"))));

        JsonPath run = runResearch("SHORGAN-BOT");

        assertEquals("COMPLETED", run.getString("status"));
        fake.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("\"is_error\":true"))
                .withRequestBody(containing("Ticker not found"))
                .withRequestBody(containing("start_date and end_date must be dates")));
        fake.verify(0, getRequestedFor(urlPathEqualTo("/prices/")));
    }

    @Test
    void aModelStillCallingToolsAtTheTurnLimitFailsTheRun() {
        fake.stubFor(get(urlPathEqualTo("/prices/snapshot/")).willReturn(okJson("{\"snapshot\": {\"price\": 5}}")));
        answerEveryCallWith(AnthropicReplies.toolUse("msg_again",
                AnthropicReplies.toolUseBlock("toolu_again", "get_price_snapshot", "{\"ticker\": \"RIOT\"}")));

        JsonPath run = runResearch("SHORGAN-BOT");

        assertEquals("TURN_LIMIT", run.getString("failureKind"));
        assertEquals(FakeResearchApis.MAX_TURNS, modelCalls());
        assertEquals(AlertType.API_ERROR, alertFor(run.getString("id")).alertType());
    }

    @Test
    void anAnswerCutOffAtMaxTokensIsNotUsed() {
        answerEveryCallWith(AnthropicReplies.answer("msg_cut", "max_tokens", "```json\n{\"recommendations\": []}\n```"));

        JsonPath run = runResearch("DEE-BOT");

        assertEquals("TRUNCATED", run.getString("failureKind"));
        assertEquals(AlertType.API_ERROR, alertFor(run.getString("id")).alertType());
    }

    /** Within one request (a run's turns), each read sees the spend committed since the last one. */
    @Test
    @ActivateRequestContext
    void theDaysSpendAddsUpOverCallsAndEveryCheckReadsTheLatest() {
        LocalDate day = LocalDate.parse("2031-03-11");
        assertEquals(TokenBudget.Usage.NONE, research.usage(day));
        research.spend(day, 1_000, 200, new BigDecimal("0.25"));
        assertEquals(1_200, research.usage(day).tokens());
        research.spend(day, 3_000, 400, new BigDecimal("0.50"));
        TokenBudget.Usage used = research.usage(day);
        assertEquals(4_000, used.inputTokens());
        assertEquals(600, used.outputTokens());
        assertEquals(0, new BigDecimal("0.75").compareTo(used.costUsd()), used.costUsd().toPlainString());
        assertEquals(TokenBudget.Usage.NONE, research.usage(day.plusDays(1)), "another day starts afresh");
    }

    @Test
    void theScheduleSkipsADayConfiguredAsAnExtraClosure() {
        answerEveryCallWith(AnthropicReplies.finalAnswer("msg_closed", "[]"));
        // tradeguard.recommendation.market.extra-closed-days in %test
        MovableClock.set(Instant.parse("2031-03-12T12:30:00Z"));
        assertEquals(List.of(), scheduler.runToday());
        assertEquals(0, modelCalls());
    }

    @Test
    void theScheduleResearchesEveryStrategyOnATradingDayAndNothingOnAHoliday() {
        answerEveryCallWith(AnthropicReplies.finalAnswer("msg_scheduled", "[]"));

        MovableClock.set(Instant.parse("2030-07-04T12:30:00Z"));
        assertEquals(List.of(), scheduler.runToday(), "Independence Day");
        assertEquals(0, modelCalls());

        MovableClock.set(Instant.parse("2030-07-08T12:30:00Z"));
        List<ResearchRun> runs = scheduler.runToday();
        assertEquals(List.of("DEE-BOT", "SHORGAN-BOT"), runs.stream().map(ResearchRun::strategy).toList());
        runs.forEach(run -> assertEquals("COMPLETED", run.status().name()));
        runs.forEach(run -> assertEquals(java.time.LocalDate.parse("2030-07-08"), run.marketDate()));
        assertEquals(2, modelCalls());
        assertNull(runs.get(0).failure());
    }

    /** Sets the service's Clock to {@code hh:mm} New York on {@code day}, and returns that instant. */
    static Instant clockAt(String day, int hour, int minute) {
        Instant at = NyseCalendar.at(LocalDate.parse(day), java.time.LocalTime.of(hour, minute));
        MovableClock.set(at);
        return at;
    }

    @Test
    void theScheduleResearchesOnceATradingDayOnceTheClockPasses0830NewYorkAndOnlyTheCurrentDayAfterAJump() {
        answerEveryCallWith(AnthropicReplies.finalAnswer("msg_due", "[]"));

        assertEquals(List.of(), scheduler.runDue(clockAt("2030-07-04", 9, 0)), "Independence Day");
        assertEquals(List.of(), scheduler.runDue(clockAt("2030-07-09", 8, 29)), "before the due time");
        assertEquals(0, modelCalls());
        List<ResearchRun> tuesday = scheduler.runDue(clockAt("2030-07-09", 8, 30));
        assertEquals(List.of("DEE-BOT", "SHORGAN-BOT"), tuesday.stream().map(ResearchRun::strategy).toList());
        tuesday.forEach(run -> assertEquals(LocalDate.parse("2030-07-09"), run.marketDate()));
        assertEquals(List.of(), scheduler.runDue(clockAt("2030-07-09", 15, 0)), "once a day");
        assertEquals(2, modelCalls());

        // the clock jumps from Tuesday to Friday: Friday is researched, Wednesday's and Thursday's sessions are gone
        List<ResearchRun> friday = scheduler.runDue(clockAt("2030-07-12", 10, 0));
        assertEquals(List.of(LocalDate.parse("2030-07-12"), LocalDate.parse("2030-07-12")),
                friday.stream().map(ResearchRun::marketDate).toList());
        assertEquals(4, modelCalls());
        assertEquals(List.of(), scheduler.runDue(clockAt("2030-07-13", 9, 0)), "Saturday");
        assertEquals(List.of(), scheduler.runDue(clockAt("2030-07-14", 9, 0)), "Sunday");
        assertEquals(List.of(), scheduler.runDue(clockAt("2030-07-15", 16, 30)),
                "a clock that jumps past Monday's close researches nothing: that session is over");
        assertEquals(List.of(), scheduler.runDue(clockAt("2030-07-15", 20, 0)));
        assertEquals(4, modelCalls());
    }

    @Test
    void aStrategyResearchedOnScheduleBeforeARestartIsNotResearchedAgainThatDay() {
        answerEveryCallWith(AnthropicReplies.finalAnswer("msg_restart", "[]"));
        LocalDate wednesday = LocalDate.parse("2031-07-09");
        // what the previous process of the service recorded before it stopped
        research.start(new ResearchRun(java.util.UUID.randomUUID(), "DEE-BOT", DEE_ACCOUNT, wednesday,
                dev.tradeguard.recommendation.domain.ResearchTrigger.SCHEDULE, "scheduler", "claude-sonnet-4-5",
                NyseCalendar.at(wednesday, java.time.LocalTime.of(8, 30)), null,
                dev.tradeguard.recommendation.domain.ResearchStatus.RUNNING, null, null, 0, 0, 0, 0, 0, List.of(),
                List.of()));

        List<ResearchRun> runs = scheduler.runDue(clockAt("2031-07-09", 8, 31));

        assertEquals(List.of("SHORGAN-BOT"), runs.stream().map(ResearchRun::strategy).toList());
        assertEquals(1, modelCalls());
    }

    @Test
    void onlyAnAdminMayStartARunAndAnUnknownStrategyIsRefused() {
        given().auth().oauth2(TestJwt.token("alice", "approver")).queryParam("strategy", "DEE-BOT")
                .post("/research/run").then().statusCode(403);
        given().auth().oauth2(TestJwt.token("ada", "admin")).queryParam("strategy", "MOON-BOT")
                .post("/research/run").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("strategy"))
                .body("violations[0].message", containsString("not researched"));
        assertEquals(0, modelCalls());
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
