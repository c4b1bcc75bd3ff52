package dev.tradeguard.execution.repository;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last trade update seen on the stream, per account: reconciliation reads what changed since. */
@Entity
@Table(name = "stream_cursor")
public class StreamCursorEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    public Instant lastEventAt;
}
