package dev.tradeguard.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's own TODAYS_TRADES fixture files (src/test/resources/todays-trades), synthetic by design. */
public final class TradeFixtures {
    private TradeFixtures() {
    }

    public static String read(String name) {
        try (InputStream in = TradeFixtures.class.getResourceAsStream("/todays-trades/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
