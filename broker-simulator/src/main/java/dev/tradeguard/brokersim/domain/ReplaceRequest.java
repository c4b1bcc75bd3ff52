package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;

/** A PATCH /v2/orders/{id} body; null fields keep the replaced order's value. */
public record ReplaceRequest(BigDecimal qty, TimeInForce timeInForce, BigDecimal limitPrice, BigDecimal stopPrice,
                             BigDecimal trail, String clientOrderId) {
}
