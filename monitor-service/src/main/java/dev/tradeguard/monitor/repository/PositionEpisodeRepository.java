package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.monitor.domain.PositionEpisode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Positions as snapshots and changes showed them: when each appeared, its stop, and when it was gone. */
@ApplicationScoped
public class PositionEpisodeRepository implements PanacheRepositoryBase<PositionEpisodeEntity, Long> {

    /** The account's open episodes by symbol. */
    public Map<String, PositionEpisode> open(String accountId) {
        return find("accountId = :accountId and closedAt is null", Parameters.with("accountId", accountId))
                .stream().map(PositionEpisodeEntity::toDomain)
                .collect(Collectors.toMap(PositionEpisode::symbol, Function.identity()));
    }

    /** The account's open episode in {@code symbol}, if any: a position change looks at its one position only. */
    public Optional<PositionEpisode> open(String accountId, String symbol) {
        return find("accountId = :accountId and symbol = :symbol and closedAt is null",
                Parameters.with("accountId", accountId).and("symbol", symbol))
                .singleResultOptional().map(PositionEpisodeEntity::toDomain);
    }

    public PositionEpisode open(PositionEpisode episode) {
        // One open episode per position (a partial unique index): the close of the one this replaces must reach the
        // database before this insert, which IDENTITY runs at once, ahead of the session's pending updates.
        flush();
        PositionEpisodeEntity entity = PositionEpisodeEntity.from(episode);
        persist(entity);
        return episode.withId(entity.id);
    }

    public void attachStop(long id, BigDecimal stopLoss, BigDecimal takeProfit, String recommendationId) {
        PositionEpisodeEntity episode = findById(id);
        episode.stopLoss = stopLoss;
        episode.takeProfit = takeProfit;
        episode.recommendationId = recommendationId;
    }

    public void close(long id, Instant closedAt) {
        findById(id).closedAt = closedAt;
    }

    /** [positions observed, of which without a stop] for the account. */
    public long[] stopCoverage(String accountId) {
        return new long[] {count("accountId", accountId), count("accountId = ?1 and stopLoss is null", accountId)};
    }
}
