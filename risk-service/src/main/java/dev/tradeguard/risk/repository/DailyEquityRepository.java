package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.risk.domain.DailyEquity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DailyEquityRepository implements PanacheRepositoryBase<DailyEquityEntity, DailyEquityEntity.Key> {

    /**
     * One snapshot's word on its day, idempotent: the first snapshot of the day sets the start (the broker's previous
     * close), and the end moves only to a snapshot taken later than the one it holds, so a redelivered or late
     * snapshot changes nothing.
     */
    public void record(String accountId, LocalDate marketDate, BigDecimal startEquity, BigDecimal endEquity,
            Instant at) {
        getEntityManager().createNativeQuery("""
                INSERT INTO account_daily_equity (account_id, market_date, start_equity, end_equity, end_at)
                VALUES (:account, :day, :start, :end, :at)
                ON CONFLICT (account_id, market_date) DO UPDATE
                SET end_equity = EXCLUDED.end_equity, end_at = EXCLUDED.end_at
                WHERE account_daily_equity.end_at < EXCLUDED.end_at""")
                .setParameter("account", accountId).setParameter("day", marketDate)
                .setParameter("start", startEquity).setParameter("end", endEquity).setParameter("at", at)
                .executeUpdate();
    }

    /** The account's days after {@code fromExclusive} (all when null) and before {@code toExclusive}, oldest first. */
    public List<DailyEquity> between(String accountId, LocalDate fromExclusive, LocalDate toExclusive) {
        Sort oldestFirst = Sort.by("marketDate");
        return (fromExclusive == null
                ? find("accountId = :account and marketDate < :to", oldestFirst,
                        Parameters.with("account", accountId).and("to", toExclusive))
                : find("accountId = :account and marketDate > :from and marketDate < :to", oldestFirst,
                        Parameters.with("account", accountId).and("from", fromExclusive).and("to", toExclusive)))
                .stream().map(DailyEquityEntity::toDomain).toList();
    }
}
