package io.ticksignal.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Aeron: the media driver and the two streams the engine uses.
 *
 * @param driverMode      embedded (started by the engine) or external (already running).
 * @param driverDirectory the driver's directory; for an embedded driver it defaults to a
 *                        directory under the OS temp dir (see {@link ConfigDefaults}).
 * @param marketData      where feed handlers publish ticks and the engine subscribes.
 * @param signals         where the engine publishes signals and strategies subscribe.
 */
public record AeronConfig(
    AeronDriverMode driverMode, Path driverDirectory, AeronStreamConfig marketData, AeronStreamConfig signals)
{
    /**
     * Checks that no component is null.
     */
    public AeronConfig
    {
        Objects.requireNonNull(driverMode, "driverMode");
        Objects.requireNonNull(driverDirectory, "driverDirectory");
        Objects.requireNonNull(marketData, "marketData");
        Objects.requireNonNull(signals, "signals");
    }
}
