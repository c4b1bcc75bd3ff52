package dev.tradeguard.execution.repository;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A key-rotation alert raised for one key pair (its issue day), so it is never raised again for it. */
@Entity
@Table(name = "key_rotation_alert")
@IdClass(KeyRotationAlertEntity.Key.class)
public class KeyRotationAlertEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Id
    public String alertType;

    /** The ISO issue day, or {@link KeyRotationAlertRepository#NOT_CONFIGURED}. */
    @Id
    public String keysIssuedOn;

    /** The database's clock (column default). */
    @Column(insertable = false, updatable = false)
    public Instant raisedAt;

    public record Key(String accountId, String alertType, String keysIssuedOn) implements Serializable {
    }
}
