package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 422 answers to a query parameter or body field that cannot be read, word for word as the API gives them. */
class QueryParamsAndBodiesTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> unreadable() {
        JsonNode body = RequestBodies.object(MAPPER,
                "{\"name\":7,\"suspend_trade\":\"yes\",\"symbols\":\"AAPL\",\"mixed\":[\"AAPL\",1]}");
        return Stream.of(
                refused(() -> QueryParams.instant("December", "start"), "invalid start: December"),
                refused(() -> QueryParams.date("1 Dec", "date"), "invalid date: 1 Dec"),
                refused(() -> QueryParams.integer("ten", "limit", 50, 1, 500), "invalid limit: ten"),
                refused(() -> QueryParams.integer("501", "limit", 50, 1, 500), "limit must be between 1 and 500"),
                refused(() -> QueryParams.decimal("1,5", "qty"), "invalid qty: 1,5"),
                refused(() -> QueryParams.bool("yes", "nested"), "invalid nested: yes"),
                refused(() -> QueryParams.ascending("up"), "invalid direction: up"),
                refused(() -> RequestBodies.text(body, "name"), "name must be a string, got 7"),
                refused(() -> RequestBodies.bool(body, "suspend_trade"),
                        "suspend_trade must be true or false, got \"yes\""),
                refused(() -> RequestBodies.texts(body, "symbols"), "symbols must be an array of strings, got \"AAPL\""),
                refused(() -> RequestBodies.texts(body, "mixed"), "mixed must be an array of strings, got [\"AAPL\",1]"));
    }

    static Arguments refused(ThrowingCallable read, String answer) {
        return Arguments.of(answer, read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void anUnreadableParameterOrFieldIsA422NamingIt(String answer, ThrowingCallable read) {
        assertThatThrownBy(read).isInstanceOfSatisfying(BrokerRejection.class, r -> {
            assertThat(r.httpStatus()).isEqualTo(422);
            assertThat(r.getMessage()).isEqualTo(answer);
        });
    }

    @Test
    void readableOrAbsentQueryParametersAreRead() {
        assertThat(QueryParams.instant("2026-12-01T15:00:00Z", "start")).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(QueryParams.instant("2026-12-01", "start")).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(QueryParams.date("2026-12-01T00:00:00.000Z", "date")).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(QueryParams.integer(" 7 ", "limit", 50, 1, 500)).isEqualTo(7);
        assertThat(QueryParams.integer(" ", "limit", 50, 1, 500)).isEqualTo(50);
        assertThat(QueryParams.decimal(" 1.50 ", "qty")).isEqualByComparingTo("1.5");
        assertThat(QueryParams.instant(null, "start")).isNull();
        assertThat(QueryParams.decimal("", "qty")).isNull();
    }

    @Test
    void absentOrNullBodyFieldsAreNullAndPresentOnesRead() {
        JsonNode json = RequestBodies.object(MAPPER, "{\"name\":\"Tech\",\"suspend_trade\":false,\"symbols\":[\"AAPL\"],"
                + "\"none\":null}");

        assertThat(RequestBodies.text(json, "name")).isEqualTo("Tech");
        assertThat(RequestBodies.bool(json, "suspend_trade")).isFalse();
        assertThat(RequestBodies.texts(json, "symbols")).isEqualTo(List.of("AAPL"));
        assertThat(RequestBodies.text(json, "none")).isNull();
        assertThat(RequestBodies.bool(json, "missing")).isNull();
        assertThat(RequestBodies.texts(json, "none")).isNull();
    }
}
