package dev.tradeguard.monitor.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The issue day of an account's broker keys, from its newest snapshot. */
@Entity
@Table(name = "account_keys")
public class AccountKeysEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    /** Null: not configured at execution-service. */
    public LocalDate keysIssuedOn;

    /** The snapshot that said so; an older one never overwrites it. */
    public Instant asOf;
}
