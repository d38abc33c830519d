package io.ticksignal.engine.model.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.wire.FixedPoint;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

/**
 * Bundles, configuration, counters and the first real Bitstamp trades as encoded frames for the swap tests.
 */
final class LiveSwapFixture
{
    static final TicksignalConfig DEMO = new ConfigLoader().loadDemo();

    /** Bundle A: P(up) = sigmoid(0.05 rsi + 0.8 roc5 + 0.02 willr - 1.5). */
    static final String BUNDLE_A = bundle("swap-a", 3, "[0.05, 0.8, 0.02]", "[-1.5]", "\"willr(14)@1m\"");
    /** Bundle B: other coefficients, same features. */
    static final String BUNDLE_B = bundle("swap-b", 4, "[-0.04, -0.5, -0.01]", "[1.2]", "\"willr(14)@1m\"");
    /** A bundle needing a feature the engine does not compute. */
    static final String BUNDLE_NEW_FEATURE = bundle("swap-c", 5, "[0.05, 0.8, 0.02]", "[-1.5]", "\"sma(50)@5m\"");

    private LiveSwapFixture()
    {
    }

    private static String bundle(
        final String name, final long version, final String coefficients, final String intercepts,
        final String third)
    {
        return String.join("\n",
            "name: " + name,
            "version: " + version,
            "scorer: LOGISTIC",
            "features:",
            "  - \"rsi(14)@1m\"",
            "  - \"roc(5)@1m\"",
            "  - " + third,
            "output:",
            "  meaning: BINARY",
            "  labels: [DOWN, UP]",
            "calibration:",
            "  kind: NONE",
            "thresholds:",
            "  buyAbove: 0.55",
            "  sellBelow: 0.45",
            "logistic:",
            "  link: SIGMOID",
            "  coefficients:",
            "    - " + coefficients,
            "  intercepts: " + intercepts,
            "");
    }

    static Path write(final Path directory, final String yaml)
    {
        try
        {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("model.yaml"), yaml);
            return directory;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    static TicksignalConfig config(final Path bundle)
    {
        return new TicksignalConfig(DEMO.engine(), DEMO.instruments(), DEMO.aeron(), DEMO.journal(),
            DEMO.features(), ModelConfig.ofBundle(bundle), new DecisionConfig(0.0, 0, EmitMode.EVERY_DECISION),
            DEMO.counters());
    }

    static EngineCounters newCounters()
    {
        return new EngineCounters(newCountersManager());
    }

    static CountersManager newCountersManager()
    {
        return new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength() * 2)),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength() * 2)));
    }

    /**
     * @param count how many of the real trades.
     * @return each trade as an SBE frame (header included), instrument 0, at the demo scales.
     */
    static List<byte[]> tradeFrames(final int count)
    {
        final List<byte[]> frames = new ArrayList<>();
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final TradeEncoder trade = new TradeEncoder();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (frames.size() < count && reader.next())
            {
                trade.wrapAndApplyHeader(buffer, 0, header)
                    .instrumentId(0)
                    .timestampNs(reader.timestampNs())
                    .aggressor(AggressorSide.UNKNOWN);
                trade.price().mantissa(FixedPoint.rescale(reader.mantissa(1), reader.exponent(1), -2)).exponent((byte)-2);
                trade.size().mantissa(FixedPoint.rescale(reader.mantissa(2), reader.exponent(2), -8)).exponent((byte)-8);
                trade.tradeId(frames.size() + 1);
                final byte[] frame = new byte[MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength()];
                buffer.getBytes(0, frame);
                frames.add(frame);
            }
        }
        return frames;
    }
}
