package io.ticksignal.replay.run;

import static io.ticksignal.replay.run.RegistryFollowReplayTest.NAME;
import static io.ticksignal.replay.run.RegistryFollowReplayTest.PHASE;
import static io.ticksignal.replay.run.ReplayFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.ModelRegistryConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.client.TickPublisher;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.model.registry.ModelRegistry;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import io.ticksignal.engine.runtime.RecoveryMode;
import io.ticksignal.replay.verify.ReplayVerifier;
import io.ticksignal.replay.verify.VerifyOutcome;
import io.ticksignal.replay.verify.VerifyReport;
import org.agrona.concurrent.SystemNanoClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version promoted while the engine is down: the restarted engine recovers on the journal's model, journals it
 * as its start model, then follows the registry to the promoted version; the journal replays to the same digest.
 */
@Tag("system")
class RegistryRestartTest
{
    @TempDir
    Path temp;

    @Test
    void shouldRecoverOnTheJournaledModelThenSwapToTheVersionPromotedMeanwhile() throws IOException
    {
        final Path registryRoot = temp.resolve("registry");
        RegistryFollowReplayTest.writeVersion(registryRoot, 1, "0.6", "0.4", "\"roc(5)@1m\"");
        RegistryFollowReplayTest.writeVersion(registryRoot, 2, "0.52", "0.48", "\"roc(5)@1m\"");
        final ModelRegistry registry = new ModelRegistry(registryRoot, () -> 0L);
        registry.promote(NAME, 1);
        final TicksignalConfig demo = ReplayFixtures.demoConfig(temp, temp.resolve("journal"));
        final TicksignalConfig config = new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(),
            demo.journal(), demo.features(), ModelConfig.ofRegistry(new ModelRegistryConfig(registryRoot, NAME)),
            new DecisionConfig(0.0, 0, EmitMode.EVERY_DECISION), demo.counters());
        final List<byte[]> frames = ReplayFixtures.bitstampFrames(2 * PHASE);

        run(config, frames, 0, PHASE, 0);
        registry.promote(NAME, 2);
        final EngineRuntime restarted = run(config, frames, PHASE, 2 * PHASE, 1);

        assertEquals(RecoveryMode.REPLAYED, restarted.recovery().mode());
        final RegistryFollowReplayTest.JournalScan scan = new RegistryFollowReplayTest.JournalScan();
        try (JournalReader reader = JournalReader.open(config.journal().directory()))
        {
            reader.readAll(scan);
        }
        assertEquals(List.of(0L, (long)PHASE, (long)PHASE), scan.swapSequences);
        assertEquals(List.of(1L, 1L, 2L), scan.swapVersions,
            "first start on 1, restart recovered on 1 and journals it, then the swap to the version promoted");
        long after = 0;
        for (final long[] signal : scan.signals)
        {
            assertEquals(signal[0] <= PHASE ? 1 : 2, signal[1], "model version at engine sequence " + signal[0]);
            after += signal[0] > PHASE ? 1 : 0;
        }
        assertTrue(after > 100, "signals after the restart: " + after);

        final ReplayVerifier verifier = new ReplayVerifier(null);
        final VerifyReport report;
        try (JournalReader reader = JournalReader.open(config.journal().directory());
            ReplayDriver driver = new ReplayDriver(config, ModelSwapMode.APPLY_JOURNALED, ReplayFilter.all(),
                verifier))
        {
            report = verifier.report(driver.run(reader, ReplayProgress.NONE));
        }
        assertEquals(VerifyOutcome.IDENTICAL, report.outcome(), String.join("\n", report.lines()));
        assertEquals(scan.signals.size(), report.replayedCount());
        assertEquals(1, report.replay().recoveries());
    }

    private static EngineRuntime run(
        final TicksignalConfig config, final List<byte[]> frames, final int from, final int to,
        final long swapsExpected)
    {
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        try (TickPublisher publisher = TickPublisher.create(engine.aeron(), config.aeron().marketData().channel(),
            config.aeron().marketData().streamId()))
        {
            await(() -> engine.modelSwaps() == swapsExpected, 60, swapsExpected + " swap(s) at start");
            assertTrue(publisher.awaitConnected(TimeUnit.SECONDS.toNanos(10), IdleStrategies.newBackoff(),
                SystemNanoClock.INSTANCE));
            RegistryFollowReplayTest.feed(engine, publisher.publication(), frames, from, to);
        }
        finally
        {
            engine.close();
        }
        return engine;
    }
}
