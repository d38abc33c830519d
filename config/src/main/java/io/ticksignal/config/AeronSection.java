package io.ticksignal.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and validates the {@code aeron} section: driver mode and directory, and the market-data
 * and signal streams (which must differ).
 */
final class AeronSection
{
    static final List<String> KEYS = List.of("driverMode", "driverDirectory", "marketData", "signals");
    static final List<String> STREAM_KEYS = List.of("channel", "streamId");

    private static final Pattern CHANNEL = Pattern.compile("aeron:(ipc|udp)(\\?.*)?");
    private static final String CHANNEL_RULE =
        "an Aeron channel URI such as aeron:ipc or aeron:udp?endpoint=localhost:40123";
    private static final String STREAM_ID_RULE = "between 1 and " + Integer.MAX_VALUE;

    private AeronSection()
    {
    }

    static AeronConfig read(final SectionReader root, final Path tempDirectory, final String engineName)
    {
        final SectionReader aeron = root.section("aeron", KEYS);
        final AeronDriverMode driverMode = aeron.choice("driverMode", AeronDriverMode.class, "a driver mode")
            .orElse(ConfigDefaults.AERON_DRIVER_MODE);
        final Optional<Path> driverDirectory = aeron.path("driverDirectory", "the media driver's directory");
        if (driverDirectory.isEmpty() && aeron.value("driverDirectory") == null &&
            driverMode == AeronDriverMode.EXTERNAL)
        {
            aeron.missing("driverDirectory",
                "the running media driver's directory, e.g. /dev/shm/aeron; required when driverMode is external");
        }
        final AeronStreamConfig marketData = stream(aeron.section("marketData", STREAM_KEYS),
            ConfigDefaults.MARKET_DATA_STREAM_ID);
        final SectionReader signalsSection = aeron.section("signals", STREAM_KEYS);
        final AeronStreamConfig signals = stream(signalsSection, ConfigDefaults.SIGNAL_STREAM_ID);
        if (marketData.equals(signals))
        {
            final String message = "the signal stream is the market-data stream (" + marketData.channel() +
                " stream " + marketData.streamId() + "), so the engine would read its own signals; " +
                "use another streamId";
            signalsSection.reject("streamId", message);
        }
        return new AeronConfig(
            driverMode,
            driverDirectory.orElse(ConfigDefaults.aeronDirectory(tempDirectory, engineName)),
            marketData,
            signals);
    }

    private static AeronStreamConfig stream(final SectionReader stream, final int defaultStreamId)
    {
        final String channel = stream.text("channel", CHANNEL_RULE).orElse(ConfigDefaults.AERON_CHANNEL);
        if (!CHANNEL.matcher(channel).matches())
        {
            stream.reject("channel", "'" + channel + "' is not allowed: must be " + CHANNEL_RULE);
        }
        else if (channel.startsWith("aeron:udp") && !channel.contains("endpoint=") && !channel.contains("control="))
        {
            stream.reject("channel", "'" + channel + "' is not allowed: an aeron:udp channel needs " +
                "endpoint=host:port (or control=host:port), e.g. aeron:udp?endpoint=localhost:40123");
        }
        final long streamId = stream.wholeNumber("streamId", STREAM_ID_RULE).orElse(defaultStreamId);
        if (streamId < 1 || streamId > Integer.MAX_VALUE)
        {
            stream.reject("streamId", streamId + " is not allowed: must be " + STREAM_ID_RULE);
        }
        return new AeronStreamConfig(channel, (int)streamId);
    }
}
