package dev.tradeguard.recommendation.domain;

/** Why a research run produced no recommendations. */
public enum ResearchFailureKind {
    /** The Anthropic API failed (after retries) or refused the call. */
    API_ERROR,
    /** Financial Datasets failed (after retries) or refused the key: the research would rest on missing data. */
    DATA_UNAVAILABLE,
    /** The day's token or cost budget is spent; no call was made. */
    BUDGET_EXHAUSTED,
    /** The final answer carried no readable JSON block of recommendations. */
    MALFORMED_OUTPUT,
    /** The answer was cut off at max_tokens. */
    TRUNCATED,
    /** The model was still calling tools when the turn limit was reached. */
    TURN_LIMIT,
    /** The model stopped for another reason (refusal, pause). */
    MODEL_STOPPED,
    /** Every idea of the answer failed validation. */
    ALL_REJECTED,
    /** Something in this service went wrong. */
    INTERNAL
}
