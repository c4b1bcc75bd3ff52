package dev.tradeguard.recommendation.messaging;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server on a free loopback port playing both outside APIs of the research generator, Anthropic's
 * Messages API ({@code POST /v1/messages}) and Financial Datasets ({@code GET /prices/...}); the REST clients point
 * at it, with the keys below and fast retries.
 */
public class FakeResearchApis implements QuarkusTestResourceLifecycleManager {
    public static final String ANTHROPIC_KEY = "sk-ant-test-secret-key-0001";
    public static final String FINANCIAL_DATASETS_KEY = "fd-test-secret-key-0002";
    public static final String MODEL = "claude-test-model";
    public static final int MAX_ATTEMPTS = 3;
    public static final int MAX_TURNS = 3;
    public static final long DAILY_TOKENS = 1_000_000;
    public static final int READ_TIMEOUT_MILLIS = 1000;

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-client.anthropic.url", base);
        config.put("quarkus.rest-client.financial-datasets.url", base);
        config.put("quarkus.rest-client.anthropic.read-timeout", Integer.toString(READ_TIMEOUT_MILLIS));
        config.put("quarkus.rest-client.financial-datasets.read-timeout", "3000");
        config.put("tradeguard.research.anthropic.api-key", ANTHROPIC_KEY);
        config.put("tradeguard.research.financial-datasets.api-key", FINANCIAL_DATASETS_KEY);
        config.put("tradeguard.research.model", MODEL);
        config.put("tradeguard.research.max-turns", Integer.toString(MAX_TURNS));
        config.put("tradeguard.research.retry.max-attempts", Integer.toString(MAX_ATTEMPTS));
        config.put("tradeguard.research.retry.initial-backoff", "10ms");
        config.put("tradeguard.research.retry.max-backoff", "50ms");
        config.put("tradeguard.research.retry.max-retry-after", "5s");
        config.put("tradeguard.research.budget.daily-tokens", Long.toString(DAILY_TOKENS));
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
