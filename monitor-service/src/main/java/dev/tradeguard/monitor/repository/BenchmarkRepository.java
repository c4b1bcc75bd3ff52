package dev.tradeguard.monitor.repository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.monitor.domain.DailyValue;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** The benchmark's daily closes, cached so each day is fetched from the market-data API once. */
@ApplicationScoped
public class BenchmarkRepository implements PanacheRepositoryBase<BenchmarkCloseEntity, BenchmarkCloseEntity.Key> {
    @Inject
    Clock clock;

    /**
     * Stores the fetched closes, replacing a day's close the API has since adjusted. Its own transaction: the
     * caller fetches page by page over HTTP and must not hold one open meanwhile.
     */
    @Transactional
    public void store(String symbol, List<DailyValue> closes) {
        Instant now = clock.instant();
        for (DailyValue close : closes) {
            BenchmarkCloseEntity entity = findById(new BenchmarkCloseEntity.Key(symbol, close.date()));
            boolean first = entity == null;
            if (first) {
                entity = new BenchmarkCloseEntity();
                entity.symbol = symbol;
                entity.marketDate = close.date();
            }
            entity.close = close.value();
            entity.fetchedAt = now;
            if (first) {
                persist(entity);   // after its values: the insert takes the entity as it is now
            }
        }
    }

    public List<DailyValue> closes(String symbol, LocalDate from, LocalDate to) {
        return find("symbol = :symbol and marketDate between :from and :to order by marketDate",
                Parameters.with("symbol", symbol).and("from", from).and("to", to))
                .stream().map(BenchmarkCloseEntity::toDomain).toList();
    }
}
