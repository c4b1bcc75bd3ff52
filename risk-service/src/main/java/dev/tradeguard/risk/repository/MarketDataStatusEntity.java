package dev.tradeguard.risk.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.risk.domain.PriceFreshness;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table market_data_status: the latest market-data freshness execution-service reported for an account. */
@Entity
@Table(name = "market_data_status")
public class MarketDataStatusEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    public boolean fresh;

    public String reason;

    public String staleSymbols;

    public Instant since;

    public Instant occurredAt;

    public UUID eventId;

    PriceFreshness toDomain() {
        return new PriceFreshness(fresh, reason, since, staleSymbols);
    }
}
