package dev.tradeguard.model.serde;

import dev.tradeguard.model.event.Recommendation;

public class RecommendationDeserializer extends EventDeserializer<Recommendation> {
    public RecommendationDeserializer() {
        super(Recommendation.class);
    }
}
