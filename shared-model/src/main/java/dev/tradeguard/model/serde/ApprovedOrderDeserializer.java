package dev.tradeguard.model.serde;

import dev.tradeguard.model.event.ApprovedOrder;

public class ApprovedOrderDeserializer extends EventDeserializer<ApprovedOrder> {
    public ApprovedOrderDeserializer() {
        super(ApprovedOrder.class);
    }
}
