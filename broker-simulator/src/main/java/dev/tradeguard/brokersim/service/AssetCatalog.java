package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.Asset;
import dev.tradeguard.brokersim.domain.BrokerRejection;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The assets the simulator trades: one per symbol of its market, with the id orders and positions carry
 * ({@link MarketData#assetId}, stable across restarts). The bundled symbols have their listing exchange and name;
 * any other symbol (a CSV replay) is listed on NYSE under its own symbol. Each starts active, tradable, marginable,
 * shortable, easy to borrow and fractionable; the admin API can take any of those away until the next reset, and the
 * broker refuses orders accordingly. Thread-safe.
 */
public final class AssetCatalog {

    private static final Map<String, Listing> LISTINGS = Map.of(
            "SPY", new Listing("ARCA", "SPDR S&P 500 ETF Trust"),
            "QQQ", new Listing("NASDAQ", "Invesco QQQ Trust, Series 1"),
            "IWM", new Listing("ARCA", "iShares Russell 2000 ETF"),
            "AAPL", new Listing("NASDAQ", "Apple Inc. Common Stock"),
            "MSFT", new Listing("NASDAQ", "Microsoft Corporation Common Stock"),
            "NVDA", new Listing("NASDAQ", "NVIDIA Corporation Common Stock"),
            "AMZN", new Listing("NASDAQ", "Amazon.com, Inc. Common Stock"),
            "GOOGL", new Listing("NASDAQ", "Alphabet Inc. Class A Common Stock"),
            "META", new Listing("NASDAQ", "Meta Platforms, Inc. Class A Common Stock"),
            "TSLA", new Listing("NASDAQ", "Tesla, Inc. Common Stock"));

    private final List<Asset> defaults;
    private final Map<String, Asset> current = new LinkedHashMap<>();

    public AssetCatalog(List<String> symbols) {
        this.defaults = symbols.stream()
                .map(AssetCatalog::asset)
                // Alpaca sorts assets by class, exchange and symbol; all of these are us_equity.
                .sorted(Comparator.comparing(Asset::exchange).thenComparing(Asset::symbol))
                .toList();
        restoreDefaults();
    }

    private static Asset asset(String symbol) {
        Listing listing = LISTINGS.getOrDefault(symbol, new Listing("NYSE", symbol));
        return new Asset(MarketData.assetId(symbol), symbol, listing.name(), listing.exchange(), true, true, true,
                true, true, true);
    }

    private record Listing(String exchange, String name) {
    }

    /** Sorted as Alpaca sorts them: by class, exchange and symbol. */
    public synchronized List<Asset> all() {
        return List.copyOf(current.values());
    }

    /** By symbol (any case) or by asset id. */
    public synchronized Optional<Asset> find(String symbolOrAssetId) {
        String symbol = symbolOrAssetId.toUpperCase(Locale.ROOT);
        return current.values().stream()
                .filter(a -> a.symbol().equals(symbol) || a.id().equalsIgnoreCase(symbolOrAssetId))
                .findFirst();
    }

    /** Replaces an asset's flags (its id, symbol, name and exchange stay); the changed asset. */
    public synchronized Asset change(String symbolOrAssetId, UnaryOperator<Asset> change) {
        Asset old = find(symbolOrAssetId)
                .orElseThrow(() -> BrokerRejection.notFound("asset not found for " + symbolOrAssetId));
        Asset changed = change.apply(old);
        Asset kept = new Asset(old.id(), old.symbol(), old.name(), old.exchange(), changed.active(),
                changed.tradable(), changed.marginable(), changed.shortable(), changed.easyToBorrow(),
                changed.fractionable());
        current.put(kept.symbol(), kept);
        return kept;
    }

    public synchronized void restoreDefaults() {
        current.clear();
        defaults.forEach(asset -> current.put(asset.symbol(), asset));
    }
}
