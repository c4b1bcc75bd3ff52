package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.platform.persistence.SerialIdEntity;
import dev.tradeguard.risk.domain.CapitalChange;

/** Table account_capital_change: every accepted capital change of an account, in order. */
@Entity
@Table(name = "account_capital_change")
public class CapitalChangeEntity extends SerialIdEntity {
    public String accountId;

    public BigDecimal previousCapital;

    public BigDecimal capital;

    public BigDecimal cashReservePct;

    public boolean increase;

    public int tradingDays;

    public BigDecimal periodReturn;

    public String reason;

    public String changedBy;

    public Instant changedAt;

    static CapitalChangeEntity from(CapitalChange change) {
        CapitalChangeEntity entity = new CapitalChangeEntity();
        entity.accountId = change.accountId();
        entity.previousCapital = change.previousCapital();
        entity.capital = change.capital();
        entity.cashReservePct = change.cashReservePct();
        entity.increase = change.increase();
        entity.tradingDays = change.tradingDays();
        entity.periodReturn = change.periodReturn();
        entity.reason = change.reason();
        entity.changedBy = change.changedBy();
        entity.changedAt = change.changedAt();
        return entity;
    }

    CapitalChange toDomain() {
        return new CapitalChange(accountId, previousCapital, capital, cashReservePct, increase, tradingDays,
                periodReturn, reason, changedBy, changedAt);
    }
}
