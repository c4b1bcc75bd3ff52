package dev.tradeguard.monitor.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Which end-of-day report ran for which New York day. */
@ApplicationScoped
public class ReportRunRepository implements PanacheRepositoryBase<ReportRunEntity, ReportRunEntity.Key> {

    /** The latest day each report ran for. */
    @Transactional
    public Map<String, LocalDate> lastRuns() {
        Map<String, LocalDate> last = new HashMap<>();
        getEntityManager().createQuery("select r.job, max(r.marketDate) from ReportRunEntity r group by r.job",
                Object[].class).getResultList().forEach(row -> last.put((String) row[0], (LocalDate) row[1]));
        return last;
    }

    /** Records that {@code job} ran for {@code day}; a second record of the same run changes nothing. */
    @Transactional
    public void ran(String job, LocalDate day, Instant at) {
        getEntityManager().createQuery("""
                insert into ReportRunEntity (job, marketDate, ranAt) values (:job, :day, :at)
                on conflict do nothing
                """)
                .setParameter("job", job)
                .setParameter("day", day)
                .setParameter("at", at)
                .executeUpdate();
    }
}
