package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table closed_trade: the realized P&amp;L of one closing fill, keyed by the fill's event id. */
@Entity
@Table(name = "closed_trade")
public class ClosedTradeEntity extends PanacheEntityBase {
    @Id
    public UUID eventId;

    public String accountId;

    public String symbol;

    public BigDecimal pnl;

    public Instant closedAt;
}
