package io.ticksignal.config;

import java.util.Objects;

/**
 * An Aeron channel and stream id.
 *
 * @param channel  Aeron channel URI, e.g. {@code aeron:ipc} or {@code aeron:udp?endpoint=localhost:40123}.
 * @param streamId stream id on that channel, positive.
 */
public record AeronStreamConfig(String channel, int streamId)
{
    /**
     * Checks that the channel is not null.
     */
    public AeronStreamConfig
    {
        Objects.requireNonNull(channel, "channel");
    }
}
