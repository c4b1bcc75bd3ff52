package dev.tradeguard.model.serde;

import dev.tradeguard.model.event.OrderUpdate;

public class OrderUpdateDeserializer extends EventDeserializer<OrderUpdate> {
    public OrderUpdateDeserializer() {
        super(OrderUpdate.class);
    }
}
