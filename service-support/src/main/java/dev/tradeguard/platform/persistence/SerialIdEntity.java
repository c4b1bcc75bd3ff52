package dev.tradeguard.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An entity of a BIGSERIAL table: the insert takes the next id at once, so ids follow insert order — the order readers
 * of outbox, audit and history lines rely on. (Panache's {@code PanacheEntity} would draw ids from a sequence in
 * batches instead.)
 */
@MappedSuperclass
public abstract class SerialIdEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
