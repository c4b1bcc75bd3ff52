package dev.tradeguard.brokersim;

import net.jacobpeterson.alpaca.AlpacaAPI;
import net.jacobpeterson.alpaca.model.properties.DataAPIType;
import net.jacobpeterson.alpaca.model.properties.EndpointAPIType;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.net.URL;

/**
 * The real Alpaca client pointed at the simulator: an OkHttp interceptor rewrites every request for Alpaca's hosts
 * (paper-api, data, stream.data; websockets included) to the simulator's address, and nothing else changes.
 */
public final class AlpacaClients {

    private AlpacaClients() {
    }

    public static AlpacaAPI pointedAt(URL simulator) {
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    HttpUrl redirected = chain.request().url().newBuilder()
                            .scheme("http").host(simulator.getHost()).port(simulator.getPort()).build();
                    return chain.proceed(chain.request().newBuilder().url(redirected).build());
                })
                .build();
        return new AlpacaAPI(http, "TEST-KEY", "TEST-SECRET", null, EndpointAPIType.PAPER, DataAPIType.IEX);
    }
}
