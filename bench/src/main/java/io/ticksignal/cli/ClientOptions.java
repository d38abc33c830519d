package io.ticksignal.cli;

import java.nio.file.Path;

import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.ConfigException;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.TicksignalConfig;
import picocli.CommandLine.Option;

/**
 * The options a process around the engine ({@code feed}, {@code tail}) shares: which configuration
 * names the engine's driver and streams, and overrides for each.
 */
final class ClientOptions
{
    @Option(names = { "-c", "--config" }, paramLabel = "FILE",
        description = "The engine's configuration (driver directory, streams, instruments). " +
            "Default: the bundled demo configuration, as 'ticksignal demo' runs it.")
    Path config;

    @Option(names = "--aeron-dir", paramLabel = "DIR",
        description = "The media driver's directory. Default: aeron.driverDirectory of the configuration.")
    Path aeronDirectory;

    @Option(names = "--channel", paramLabel = "URI", description = "Aeron channel. Default: from the configuration.")
    String channel;

    @Option(names = "--stream-id", paramLabel = "N", description = "Aeron stream id. Default: from the configuration.")
    Integer streamId;

    /**
     * @param file a configuration file, or {@code null} for the bundled demo configuration.
     * @return the validated configuration.
     * @throws UserErrorException with every error when it is invalid.
     */
    static TicksignalConfig loadConfig(final Path file)
    {
        try
        {
            return null == file ? new ConfigLoader().loadDemo() : new ConfigLoader().load(file);
        }
        catch (final ConfigException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
    }

    TicksignalConfig loadConfig()
    {
        return loadConfig(config);
    }

    Path driverDirectory(final TicksignalConfig loaded)
    {
        return null != aeronDirectory ? aeronDirectory : loaded.aeron().driverDirectory();
    }

    AeronStreamConfig stream(final AeronStreamConfig configured)
    {
        if (null != streamId && streamId <= 0)
        {
            throw new UserErrorException("--stream-id must be positive: " + streamId);
        }
        return new AeronStreamConfig(
            null != channel ? channel : configured.channel(),
            null != streamId ? streamId : configured.streamId());
    }
}
