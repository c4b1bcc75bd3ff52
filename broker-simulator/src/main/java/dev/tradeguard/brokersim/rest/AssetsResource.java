package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.domain.Asset;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.service.AssetCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/** Alpaca's assets: the simulated US equities, filtered by status, asset_class, exchange and attributes. */
@Path("/v2/assets")
@Produces(MediaType.APPLICATION_JSON)
public class AssetsResource {

    private static final Set<String> STATUSES = Set.of("active", "inactive");
    private static final Set<String> CLASSES = Set.of("us_equity", "us_option", "crypto");
    private static final Set<String> EXCHANGES = Set.of("AMEX", "ARCA", "BATS", "NYSE", "NASDAQ", "NYSEARCA", "OTC");

    private final AssetCatalog assets;

    public AssetsResource(AssetCatalog assets) {
        this.assets = assets;
    }

    @GET
    public ArrayNode assets(@QueryParam("status") String status, @QueryParam("asset_class") String assetClass,
                            @QueryParam("exchange") String exchange, @QueryParam("attributes") String attributes) {
        String wantedStatus = oneOf(status, "status", STATUSES);
        String wantedClass = oneOf(assetClass, "asset_class", CLASSES);
        String wantedExchange = oneOf(exchange, "exchange", EXCHANGES);
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        // The simulated assets carry no attributes (has_options, ptp_no_exception, ...), so asking for any finds none.
        if ((wantedClass != null && !wantedClass.equals(Asset.US_EQUITY))
                || (attributes != null && !attributes.isBlank())) {
            return result;
        }
        for (Asset asset : assets.all()) {
            if ((wantedStatus == null || wantedStatus.equals(asset.active() ? "active" : "inactive"))
                    && (wantedExchange == null || wantedExchange.equals(asset.exchange()))) {
                result.add(AlpacaJson.asset(asset));
            }
        }
        return result;
    }

    @GET
    @Path("/{symbol_or_asset_id}")
    public ObjectNode asset(@PathParam("symbol_or_asset_id") String symbolOrAssetId) {
        return assets.find(symbolOrAssetId).map(AlpacaJson::asset)
                .orElseThrow(() -> BrokerRejection.notFound("asset not found for " + symbolOrAssetId));
    }

    private static String oneOf(String value, String name, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw BrokerRejection.invalid("invalid " + name + ": " + value + " (one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return value;
    }
}
