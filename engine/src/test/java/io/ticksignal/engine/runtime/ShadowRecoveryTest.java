package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.BTC_USD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalSink;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash between an input's live OUTPUT and its SHADOW_OUTPUT: recovery rebuilds the shadow model's state and
 * journals the shadow signal the crash cut off, so the shadow stream equals that of an uninterrupted run.
 */
class ShadowRecoveryTest
{
    private static final int TRADES = 3_000;
    private static final Path DEMO_BTC = Path.of("../config/models/demo-btc/1").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void shouldCompleteTheShadowSignalThatACrashCutOff()
    {
        final List<byte[]> frames = BitstampFrames.first(TRADES, BTC_USD);
        final TicksignalConfig config = withShadow(RuntimeFixtures.demoConfig(temp, temp.resolve("journal"), 1024));
        final List<Long> referenceSequences = new ArrayList<>();
        final List<byte[]> referenceSignals = new ArrayList<>();
        run(config, frames, frames.size(), PipelineMode.REPLAY, DiscardingJournalSink.INSTANCE,
            (sequence, buffer, offset, length) ->
            {
                referenceSequences.add(sequence);
                referenceSignals.add(copy(buffer, offset, length));
            });
        int cutIndex = 0;
        while (referenceSequences.get(cutIndex) <= 2_000)
        {
            cutIndex++;
        }
        final long cutSequence = referenceSequences.get(cutIndex);

        try (ChronicleJournal journal = ChronicleJournal.open(config.journal().directory(), RollCycleKind.FAST_DAILY))
        {
            run(config, frames, (int)cutSequence, PipelineMode.LIVE, new CrashBeforeShadowOutput(journal, cutSequence),
                SignalSink.NONE);
        }
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        engine.close();

        assertEquals(cutSequence, engine.recovery().completedShadowSequence());
        assertEquals(RecoveryResult.NONE, engine.recovery().completedSequence(), "the live output was written");
        assertTrue(engine.recovery().describe().endsWith("; completed the shadow signal of input " + cutSequence +
            " that the previous run did not write"), engine.recovery().describe());
        final JournalContents contents = JournalContents.read(config.journal().directory());
        final List<JournalContents.Entry> shadow = contents.of(EventKind.SHADOW_OUTPUT);
        assertEquals(cutIndex + 1, shadow.size());
        for (int i = 0; i <= cutIndex; i++)
        {
            assertEquals(referenceSequences.get(i), shadow.get(i).engineSequence());
            assertArrayEquals(withoutLatency(referenceSignals.get(i)), withoutLatency(shadow.get(i).payload()));
        }
        final List<EventKind> tail = contents.entries.subList(contents.entries.size() - 5, contents.entries.size())
            .stream().map(JournalContents.Entry::kind).toList();
        assertEquals(List.of(EventKind.CONTROL, EventKind.SHADOW_OUTPUT, EventKind.CONTROL, EventKind.CONTROL,
            EventKind.CONTROL), tail, "RECOVERY_START, the completed shadow signal, RECOVERY_END, ENGINE_START, STOP");
        assertEquals(List.of(ControlType.RECOVERY_START, ControlType.RECOVERY_END, ControlType.ENGINE_START,
            ControlType.ENGINE_STOP), contents.controlTypes());
        assertEquals(1, engine.summary().shadowSignals());
        assertEquals(0, engine.summary().signals());
    }

    private static TicksignalConfig withShadow(final TicksignalConfig config)
    {
        return new TicksignalConfig(config.engine(), config.instruments(), config.aeron(), config.journal(),
            config.features(), config.model().withShadow(Optional.of(DEMO_BTC)), config.decision(),
            config.counters());
    }

    private static void run(
        final TicksignalConfig config, final List<byte[]> frames, final int count, final PipelineMode mode,
        final JournalSink journal, final SignalSink shadowSink)
    {
        final Pipeline pipeline = Pipeline.create(config, mode, journal, SignalSink.NONE, shadowSink,
            RuntimeFixtures.inMemoryCounters(), () -> 7L);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        for (int i = 0; i < count; i++)
        {
            buffer.wrap(frames.get(i));
            pipeline.onInput(i + 1, 1_000L + i, buffer, 0, frames.get(i).length);
        }
        pipeline.shadow().close();
    }

    private static byte[] copy(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        return copy;
    }

    private static byte[] withoutLatency(final byte[] signal)
    {
        final byte[] copy = signal.clone();
        new UnsafeBuffer(copy).putLong(SignalLayout.LATENCY_OFFSET, 0L);
        return copy;
    }

    /**
     * Journals everything except the shadow output of one input: the process "died" right after that input's live
     * output.
     */
    private record CrashBeforeShadowOutput(JournalSink journal, long lostSequence) implements JournalSink
    {
        @Override
        public void appendInput(
            final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
            final int length)
        {
            journal.appendInput(engineSequence, receiveTimeNs, message, offset, length);
        }

        @Override
        public void appendRejected(
            final long engineSequence, final long receiveTimeNs, final int rejectReason, final DirectBuffer message,
            final int offset, final int length)
        {
            journal.appendRejected(engineSequence, receiveTimeNs, rejectReason, message, offset, length);
        }

        @Override
        public void appendOutput(
            final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
            final int length)
        {
            journal.appendOutput(engineSequence, receiveTimeNs, message, offset, length);
        }

        @Override
        public void appendShadowOutput(
            final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
            final int length)
        {
            if (engineSequence != lostSequence)
            {
                journal.appendShadowOutput(engineSequence, receiveTimeNs, message, offset, length);
            }
        }

        @Override
        public void appendControl(
            final long engineSequence, final long timeNs, final ControlType type, final long modelVersion,
            final String detail)
        {
            journal.appendControl(engineSequence, timeNs, type, modelVersion, detail);
        }
    }
}
