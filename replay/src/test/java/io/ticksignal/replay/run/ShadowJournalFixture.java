package io.ticksignal.replay.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

/**
 * A journal written by a LIVE pipeline with the demo bundle {@code demo-btc} as the live model and a small
 * challenger bundle in shadow, over the first real Bitstamp trades.
 */
public final class ShadowJournalFixture
{
    /** The demo bundle, from the replay module's directory. */
    public static final Path DEMO_BTC = Path.of("../config/models/demo-btc/1").toAbsolutePath().normalize();

    /** Trades journaled. */
    public static final int TRADES = 20_000;

    private static final String CHALLENGER = String.join("\n",
        "name: challenger-1m",
        "version: 2",
        "scorer: LOGISTIC",
        "features:",
        "  - \"rsi(14)@1m\"",
        "  - \"roc(5)@1m\"",
        "  - \"mom(10)@1m\"",
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
        "    - [-0.03, 0.5, 0.002]",
        "  intercepts: [1.5]",
        "");

    private ShadowJournalFixture()
    {
    }

    /**
     * @param directory where to write the bundle.
     * @param buyAbove  its buyAbove threshold (0.55 for the one the journal is written with).
     * @return the challenger bundle directory.
     */
    public static Path challenger(final Path directory, final String buyAbove)
    {
        try
        {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("model.yaml"), CHALLENGER.replace("buyAbove: 0.55",
                "buyAbove: " + buyAbove));
            return directory;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * @param champion the live bundle.
     * @param shadow   the shadow bundle, or empty.
     * @return the demo configuration with that model.
     */
    public static TicksignalConfig config(final Path champion, final Optional<Path> shadow)
    {
        final TicksignalConfig demo = ReplayFixtures.DEMO;
        return new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(), demo.journal(), demo.features(),
            ModelConfig.ofBundle(champion).withShadow(shadow), demo.decision(), demo.counters());
    }

    /**
     * Journal the first {@link #TRADES} trades through a LIVE pipeline of the configuration.
     *
     * @param config  the configuration.
     * @param journal the journal directory.
     */
    public static void write(final TicksignalConfig config, final Path journal)
    {
        final List<byte[]> frames = ReplayFixtures.bitstampFrames(TRADES);
        try (EngineCounters counters = new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
            ChronicleJournal chronicle = ChronicleJournal.open(journal, RollCycleKind.FAST_DAILY))
        {
            final Pipeline pipeline = Pipeline.create(config, PipelineMode.LIVE, chronicle, SignalSink.NONE, counters,
                () -> 123L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (int i = 0; i < frames.size(); i++)
            {
                buffer.wrap(frames.get(i));
                pipeline.onInput(i + 1, 1_000L + i, buffer, 0, frames.get(i).length);
            }
            if (null != pipeline.shadow())
            {
                pipeline.shadow().close();
            }
        }
    }
}
