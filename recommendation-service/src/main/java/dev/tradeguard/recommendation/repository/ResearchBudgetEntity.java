package dev.tradeguard.recommendation.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code research_budget}: the model spend of one New York day, over all strategies. */
@Entity
@Table(name = "research_budget")
public class ResearchBudgetEntity extends PanacheEntityBase {
    @Id
    public LocalDate day;

    public long inputTokens;

    public long outputTokens;

    public BigDecimal costUsd;

    public int calls;
}
