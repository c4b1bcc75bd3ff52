package dev.tradeguard.model.serde;

import dev.tradeguard.model.event.Alert;

public class AlertDeserializer extends EventDeserializer<Alert> {
    public AlertDeserializer() {
        super(Alert.class);
    }
}
