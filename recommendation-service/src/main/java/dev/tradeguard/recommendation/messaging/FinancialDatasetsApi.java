package dev.tradeguard.recommendation.messaging;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** The Financial Datasets API calls the research tools make. Answers pass through to the model as JSON text. */
@RegisterRestClient(configKey = "financial-datasets")
@Produces(MediaType.APPLICATION_JSON)
public interface FinancialDatasetsApi {
    String NAME = "Financial Datasets API";
    String KEY_HEADER = "X-API-KEY";

    @GET
    @Path("/prices/snapshot/")
    String priceSnapshot(@HeaderParam(KEY_HEADER) String apiKey, @QueryParam("ticker") String ticker);

    @GET
    @Path("/prices/")
    String prices(@HeaderParam(KEY_HEADER) String apiKey, @QueryParam("ticker") String ticker,
            @QueryParam("interval") String interval, @QueryParam("interval_multiplier") int intervalMultiplier,
            @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate);

    @GET
    @Path("/financial-metrics/snapshot/")
    String financialMetricsSnapshot(@HeaderParam(KEY_HEADER) String apiKey, @QueryParam("ticker") String ticker);

    @GET
    @Path("/news/")
    String news(@HeaderParam(KEY_HEADER) String apiKey, @QueryParam("ticker") String ticker,
            @QueryParam("limit") int limit);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return UpstreamException.of(NAME, response);
    }
}
