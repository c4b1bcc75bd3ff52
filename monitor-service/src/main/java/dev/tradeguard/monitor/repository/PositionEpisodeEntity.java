package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.tradeguard.monitor.domain.Direction;
import dev.tradeguard.monitor.domain.PositionEpisode;
import dev.tradeguard.platform.persistence.SerialIdEntity;

/** One position from the snapshot it first appeared in until the one it was gone from (closedAt). */
@Entity
@Table(name = "position_episode")
public class PositionEpisodeEntity extends SerialIdEntity {
    public String accountId;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public Instant openedAt;

    public Instant closedAt;

    public BigDecimal stopLoss;

    public BigDecimal takeProfit;

    public String recommendationId;

    static PositionEpisodeEntity from(PositionEpisode episode) {
        PositionEpisodeEntity entity = new PositionEpisodeEntity();
        entity.accountId = episode.accountId();
        entity.symbol = episode.symbol();
        entity.direction = episode.direction();
        entity.openedAt = episode.openedAt();
        entity.stopLoss = episode.stopLoss();
        entity.takeProfit = episode.takeProfit();
        entity.recommendationId = episode.recommendationId();
        return entity;
    }

    PositionEpisode toDomain() {
        return new PositionEpisode(id, accountId, symbol, direction, openedAt, stopLoss, takeProfit,
                recommendationId);
    }
}
