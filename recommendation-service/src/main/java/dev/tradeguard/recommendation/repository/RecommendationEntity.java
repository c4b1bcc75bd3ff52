package dev.tradeguard.recommendation.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.recommendation.domain.Origin;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.domain.StoredRecommendation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code recommendation}: the event's fields, what became of it and where it came from. */
@Entity
@Table(name = "recommendation")
public class RecommendationEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID eventId;

    public int schemaVersion;

    public String accountId;

    public String strategy;

    public String symbol;

    /** {@code null} only for information kept from a file's rejected table. */
    @Enumerated(EnumType.STRING)
    public Side side;

    /**
     * The amounts as they were submitted (245.00 stays 245.00, like the published event), for the audit trail: the
     * unbounded numeric column keeps their scale, so the shared padding-stripping converter is off for them.
     */
    @Convert(disableConversion = true)
    public BigDecimal quantity;

    @Convert(disableConversion = true)
    public BigDecimal limitPrice;

    @Convert(disableConversion = true)
    public BigDecimal stopLoss;

    @Convert(disableConversion = true)
    public BigDecimal takeProfit;

    @Convert(disableConversion = true)
    public BigDecimal confidence;

    public String source;

    public String rationale;

    public String catalyst;

    public LocalDate catalystDate;

    public Instant validUntil;

    public Instant occurredAt;

    public LocalDate marketDate;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    public String statusReason;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    public String submittedBy;

    public UUID importId;

    public Integer sourceLine;

    public Instant createdAt;

    static RecommendationEntity from(StoredRecommendation stored) {
        Recommendation event = stored.event();
        RecommendationEntity row = new RecommendationEntity();
        row.id = stored.id();
        row.eventId = event.eventId();
        row.schemaVersion = event.schemaVersion();
        row.accountId = event.accountId();
        row.strategy = event.strategy();
        row.symbol = event.symbol();
        row.side = event.side();
        row.quantity = event.quantity();
        row.limitPrice = event.limitPrice();
        row.stopLoss = event.stopLoss();
        row.takeProfit = event.takeProfit();
        row.confidence = event.confidence();
        row.source = event.source();
        row.rationale = event.rationale();
        row.catalyst = event.catalyst();
        row.catalystDate = event.catalystDate();
        row.validUntil = event.validUntil();
        row.occurredAt = event.occurredAt();
        row.marketDate = stored.marketDate();
        row.status = stored.status();
        row.statusReason = stored.statusReason();
        row.origin = stored.origin();
        row.submittedBy = stored.submittedBy();
        row.importId = stored.importId();
        row.sourceLine = stored.sourceLine();
        row.createdAt = stored.createdAt();
        return row;
    }

    StoredRecommendation toDomain() {
        Recommendation event = new Recommendation(eventId, schemaVersion, accountId, strategy, occurredAt,
                id.toString(), symbol, side, quantity, limitPrice, stopLoss, takeProfit, confidence, source, rationale,
                catalyst, catalystDate, validUntil);
        return new StoredRecommendation(event, status, statusReason, marketDate, origin, submittedBy, importId,
                sourceLine, createdAt);
    }
}
