package dev.tradeguard.recommendation.messaging;

/** Responses in the shape of Anthropic's Messages API (content blocks, stop_reason, usage). */
public final class AnthropicReplies {
    private AnthropicReplies() {
    }

    /** The model asks for tools: each element of {@code toolUses} is a {@code tool_use} block. */
    public static String toolUse(String messageId, String... toolUses) {
        return """
                {"id": "%s", "type": "message", "role": "assistant", "model": "%s",
                 "content": [{"type": "text", "text": "Let me look at the data first."}, %s],
                 "stop_reason": "tool_use", "stop_sequence": null,
                 "usage": {"input_tokens": 1200, "output_tokens": 150}}
                """.formatted(messageId, FakeResearchApis.MODEL, String.join(", ", toolUses));
    }

    public static String toolUseBlock(String id, String name, String inputJson) {
        return """
                {"type": "tool_use", "id": "%s", "name": "%s", "input": %s}""".formatted(id, name, inputJson);
    }

    /** A final answer whose text is {@code text} (JSON-escaped here). */
    public static String answer(String messageId, String stopReason, String text) {
        return """
                {"id": "%s", "type": "message", "role": "assistant", "model": "%s",
                 "content": [{"type": "text", "text": %s}],
                 "stop_reason": "%s", "stop_sequence": null,
                 "usage": {"input_tokens": 2400, "output_tokens": 600}}
                """.formatted(messageId, FakeResearchApis.MODEL, quote(text), stopReason);
    }

    public static String finalAnswer(String messageId, String recommendationsJson) {
        return answer(messageId, "end_turn", "My research is done.\n\n```json\n{\"recommendations\": "
                + recommendationsJson + "}\n```\n");
    }

    /** Anthropic's error body. */
    public static String error(String type, String message) {
        return """
                {"type": "error", "error": {"type": "%s", "message": "%s"}}""".formatted(type, message);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
