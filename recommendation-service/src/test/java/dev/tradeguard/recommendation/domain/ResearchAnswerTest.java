package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.validation.Violation;

class ResearchAnswerTest {
    static String fenced(String json) {
        return "Summary of my research.\n\n```json\n" + json + "\n```\n";
    }

    static List<String> fields(ResearchAnswer.Idea idea) {
        return idea.violations().stream().map(Violation::field).toList();
    }

    @Test
    void theLastFencedJsonBlockIsTheAnswerWithPricesKeptAsWritten() {
        String text = "Draft:\n```json\n{\"recommendations\": []}\n```\nFinal:" + fenced("""
                {"recommendations": [{"symbol": "KMB", "side": "buy", "shares": 10, "limit_price": 128.40,
                 "stop_loss": 120.70, "take_profit": 141.20, "confidence": 0.62, "rationale": "cheap",
                 "catalyst": "Investor day", "catalyst_date": "2030-01-15"}]}""");

        ResearchAnswer answer = ResearchAnswer.parse(text, 10);

        assertEquals(1, answer.ideas().size());
        ResearchAnswer.Idea idea = answer.ideas().get(0);
        assertEquals("KMB", idea.symbol());
        assertEquals(Side.BUY, idea.side());
        assertEquals(new BigDecimal("128.40"), idea.limitPrice());
        assertEquals(new BigDecimal("10"), idea.shares());
        assertEquals(LocalDate.parse("2030-01-15"), idea.catalystDate());
        assertEquals(List.of(), idea.violations());
    }

    @Test
    void aBareJsonAnswerIsReadToo() {
        assertEquals(0, ResearchAnswer.parse("  {\"recommendations\": []} ", 10).ideas().size());
    }

    @Test
    void textWithoutAJsonBlockIsMalformedAsAWhole() {
        ResearchFailure failure = assertThrows(ResearchFailure.class,
                () -> ResearchAnswer.parse("I recommend buying KMB at 128.40.", 10));
        assertEquals(ResearchFailureKind.MALFORMED_OUTPUT, failure.kind());
    }

    @Test
    void aBrokenJsonBlockIsMalformedAsAWhole() {
        ResearchFailure failure = assertThrows(ResearchFailure.class,
                () -> ResearchAnswer.parse(fenced("{\"recommendations\": [{\"symbol\": \"KMB\""), 10));
        assertEquals(ResearchFailureKind.MALFORMED_OUTPUT, failure.kind());
    }

    @Test
    void aBlockWithoutARecommendationsArrayIsMalformedAsAWhole() {
        ResearchFailure failure = assertThrows(ResearchFailure.class,
                () -> ResearchAnswer.parse(fenced("{\"ideas\": []}"), 10));
        assertTrue(failure.getMessage().contains("\"recommendations\" array"), failure.getMessage());
    }

    @Test
    void eachBadFieldIsNamedAndOnlyItsIdeaIsAffected() {
        ResearchAnswer answer = ResearchAnswer.parse(fenced("""
                {"recommendations": [
                  {"symbol": "KMB", "side": "hold", "limit_price": "128.40", "stoploss": 120,
                   "catalyst_date": "next week"},
                  {"side": "buy"},
                  "GIS",
                  {"symbol": "CL", "side": "sell"}]}"""), 10);

        assertEquals(List.of("stoploss", "side", "catalyst_date", "limit_price"), fields(answer.ideas().get(0)));
        assertEquals(List.of("symbol"), fields(answer.ideas().get(1)));
        assertEquals(List.of("(idea)"), fields(answer.ideas().get(2)));
        assertEquals(List.of(), fields(answer.ideas().get(3)));
    }

    @Test
    void ideasBeyondTheLimitAreRejected() {
        ResearchAnswer answer = ResearchAnswer.parse(fenced("""
                {"recommendations": [{"symbol": "A", "side": "buy"}, {"symbol": "B", "side": "buy"},
                  {"symbol": "C", "side": "buy"}]}"""), 2);

        assertEquals(List.of(), fields(answer.ideas().get(1)));
        assertEquals(List.of("(idea)"), fields(answer.ideas().get(2)));
    }
}
