package dev.tradeguard.brokersim.config;

import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.brokersim.service.AssetCatalog;
import dev.tradeguard.brokersim.service.BrokerSettings;
import dev.tradeguard.brokersim.service.CsvBars;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.brokersim.service.MarketData;
import dev.tradeguard.brokersim.service.PaperBroker;
import dev.tradeguard.brokersim.service.RateLimiter;
import dev.tradeguard.brokersim.service.SimulationClock;
import dev.tradeguard.brokersim.service.Watchlists;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the plain-Java exchange from configuration; the REST and websocket layers only talk to {@link PaperBroker}. */
public class SimulatorBeans {

    @Produces
    @Singleton
    PaperBroker paperBroker(SimulatorConfig config) {
        NyseCalendar calendar = NyseCalendar.standard();
        Map<String, List<Bar>> replayed = config.market().barsCsv()
                .map(file -> CsvBars.read(Path.of(file), calendar))
                .orElse(Map.of());
        MarketData market = new MarketData(calendar, startPrices(config.market().symbols()), replayed,
                config.market().seed());
        Instant start = config.clock().start().orElseGet(() -> replayed.values().stream()
                .flatMap(List::stream)
                .map(Bar::timestamp)
                .min(Comparator.naturalOrder())
                .orElse(Instant.now()));
        SimulationClock clock = new SimulationClock(Clock.systemUTC(), start, config.clock().speed());
        BrokerSettings settings = new BrokerSettings("9f2f7b9e-5a4e-4c53-9a71-0e1b7a8d6c11",
                config.account().initialCash(), config.account().multiplier(), config.account().shortingEnabled(),
                config.account().partialFillProbability(), config.market().seed(),
                config.account().patternDayTraderMinimumEquity());
        return new PaperBroker(settings, clock, calendar, market);
    }

    @Produces
    @Singleton
    AssetCatalog assetCatalog(PaperBroker broker) {
        return broker.assets();
    }

    @Produces
    @Singleton
    Watchlists watchlists(PaperBroker broker, AssetCatalog assets) {
        return new Watchlists(broker.initialSettings().accountId(), assets, broker::now);
    }

    @Produces
    @Singleton
    RateLimiter rateLimiter(SimulatorConfig config) {
        return new RateLimiter(Clock.systemUTC(), config.requestsPerMinute());
    }

    static Map<String, BigDecimal> startPrices(List<String> entries) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("broker-simulator.market.symbols entries are SYMBOL:price, got "
                        + entry);
            }
            prices.put(parts[0].trim().toUpperCase(java.util.Locale.ROOT), new BigDecimal(parts[1].trim()));
        }
        return prices;
    }
}
