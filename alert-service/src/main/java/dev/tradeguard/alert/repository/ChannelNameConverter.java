package dev.tradeguard.alert.repository;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import dev.tradeguard.alert.domain.ChannelName;

/** A channel is stored by its {@link ChannelName#id() id} ("slack"), the name configuration and REST use. */
@Converter
public class ChannelNameConverter implements AttributeConverter<ChannelName, String> {
    @Override
    public String convertToDatabaseColumn(ChannelName channel) {
        return channel == null ? null : channel.id();
    }

    @Override
    public ChannelName convertToEntityAttribute(String id) {
        return id == null ? null
                : ChannelName.parse(id).orElseThrow(() -> new IllegalStateException("unknown channel " + id));
    }
}
