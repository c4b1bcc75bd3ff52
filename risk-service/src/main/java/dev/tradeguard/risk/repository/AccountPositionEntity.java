package dev.tradeguard.risk.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.platform.persistence.HeldPositionEntity;
import dev.tradeguard.risk.domain.Position;

/** Table account_position: one position of an account's latest state, keyed by account and symbol. */
@Entity
@Table(name = "account_position")
public class AccountPositionEntity extends HeldPositionEntity {
    static AccountPositionEntity from(String accountId, Position position) {
        AccountPositionEntity entity = new AccountPositionEntity();
        entity.accountId = accountId;
        entity.symbol = position.symbol();
        entity.quantity = position.quantity();
        entity.avgEntryPrice = position.avgEntryPrice();
        entity.currentPrice = position.currentPrice();
        return entity;
    }
}
