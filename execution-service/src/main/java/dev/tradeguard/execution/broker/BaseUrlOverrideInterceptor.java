package dev.tradeguard.execution.broker;

import java.io.IOException;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The Alpaca client's hosts are fixed; this OkHttp application interceptor sends every request it makes (trading REST,
 * market data, and the /stream websocket handshake) to one base URL instead, keeping path and query. Installed only
 * when {@code tradeguard.execution.broker.base-url-override} is set, which start-up verification allows for paper only.
 */
public final class BaseUrlOverrideInterceptor implements Interceptor {
    private final HttpUrl base;

    public BaseUrlOverrideInterceptor(String baseUrl) {
        HttpUrl parsed = HttpUrl.parse(baseUrl);
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
        }
        this.base = parsed;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        HttpUrl redirected = chain.request().url().newBuilder()
                .scheme(base.scheme()).host(base.host()).port(base.port()).build();
        return chain.proceed(chain.request().newBuilder().url(redirected).build());
    }

    /** Rewrites one URL as {@link #intercept} does; for tests and logs. */
    public HttpUrl rewrite(HttpUrl url) {
        return url.newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build();
    }
}
