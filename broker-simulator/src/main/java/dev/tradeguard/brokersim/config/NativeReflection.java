package dev.tradeguard.brokersim.config;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection. msgpack-core picks its buffer implementation by class name and
 * constructs it reflectively (MessageBuffer's static initializer); the market-data stream's MessagePack encoding needs
 * them. Everything else the simulator writes is built as JSON trees, without reflection.
 */
@RegisterForReflection(classNames = {
        "org.msgpack.core.buffer.MessageBuffer",
        "org.msgpack.core.buffer.MessageBufferU",
        "org.msgpack.core.buffer.MessageBufferBE"
})
final class NativeReflection {

    private NativeReflection() {
    }
}
