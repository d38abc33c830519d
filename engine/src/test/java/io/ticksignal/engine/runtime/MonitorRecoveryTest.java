package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.BTC_USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.monitor.DriftMonitor;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;

/**
 * Recovery rebuilds the drift monitor from the journal: after replaying the inputs a live pipeline journaled, a new
 * pipeline's monitor holds the same PSI per feature, rolling accuracy and counts, to the bit.
 */
final class MonitorRecoveryTest
{
    private static final int TRADES = 30_000;
    private static final Path DEMO_BUNDLE = Path.of("..", "config", "models", "demo-btc", "1").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void shouldRebuildTheDriftMonitorFromTheJournal()
    {
        final TicksignalConfig demo = RuntimeFixtures.DEMO;
        final TicksignalConfig config = new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(),
            demo.journal(), demo.features(), ModelConfig.ofBundle(DEMO_BUNDLE), demo.decision(), demo.counters());
        final List<byte[]> frames = BitstampFrames.first(TRADES, BTC_USD);
        final Path journalDirectory = temp.resolve("journal");
        final DriftMonitor live;
        try (ChronicleJournal journal = ChronicleJournal.open(journalDirectory, RollCycleKind.FAST_DAILY))
        {
            final Pipeline pipeline = Pipeline.create(config, PipelineMode.LIVE, journal, SignalSink.NONE,
                RuntimeFixtures.inMemoryCounters(), () -> 7L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (int i = 0; i < frames.size(); i++)
            {
                buffer.wrap(frames.get(i));
                pipeline.onInput(i + 1, 1_000L + i, buffer, 0, frames.get(i).length);
            }
            live = pipeline.monitor();
        }
        assertTrue(live.isActive() && live.scoredLabels() > 500, "the demo bundle is monitored and labels matured");

        final Pipeline restarted = Pipeline.create(config, PipelineMode.LIVE,
            DiscardingJournalSink.INSTANCE, SignalSink.NONE,
            RuntimeFixtures.inMemoryCounters(), () -> 7L);
        try (JournalReader reader = JournalReader.open(journalDirectory))
        {
            new JournalRecovery(restarted).replay(reader, RuntimeFixtures.inMemoryCounters());
        }
        final DriftMonitor recovered = restarted.monitor();
        assertEquals(live.decisionPoints(), recovered.decisionPoints());
        assertEquals(live.scoredLabels(), recovered.scoredLabels());
        assertEquals(live.accuracy(), recovered.accuracy());
        assertEquals(live.driftAlerts(), recovered.driftAlerts());
        for (int f = 0; f < live.featureCount(); f++)
        {
            assertFalse(Double.isNaN(live.psi(f)));
            assertEquals(live.psi(f), recovered.psi(f), "feature " + f);
        }
    }
}
