package dev.tradeguard.recommendation.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.tradeguard.recommendation.domain.ResearchExchange;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code research_exchange}: one raw answer of an outside API during a run, keyed by run and order. */
@Entity
@Table(name = "research_exchange")
@IdClass(ResearchExchangeEntity.Key.class)
public class ResearchExchangeEntity extends PanacheEntityBase {
    /** The column's size: a longer call name is cut there rather than failing the audit write. */
    static final int CALL_NAME_LENGTH = 500;

    @Id
    public UUID runId;

    @Id
    public int seq;

    public String api;

    @Column(length = CALL_NAME_LENGTH)
    public String callName;

    public Integer httpStatus;

    public Instant receivedAt;

    public String body;

    /** The table's primary key (run_id, seq). */
    public static class Key implements Serializable {
        public UUID runId;
        public int seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(runId, key.runId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, seq);
        }
    }

    static ResearchExchangeEntity from(UUID runId, ResearchExchange exchange) {
        ResearchExchangeEntity row = new ResearchExchangeEntity();
        row.runId = runId;
        row.seq = exchange.seq();
        row.api = exchange.api();
        String call = exchange.call();
        row.callName = call.length() > CALL_NAME_LENGTH ? call.substring(0, CALL_NAME_LENGTH) : call;
        row.httpStatus = exchange.httpStatus();
        row.receivedAt = exchange.receivedAt();
        row.body = exchange.body();
        return row;
    }

    ResearchExchange toDomain() {
        return new ResearchExchange(seq, api, callName, httpStatus, receivedAt, body);
    }
}
