package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.BTC_USD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * A crash between an input and its signal: the journal holds the input, not the output. Recovery completes it.
 */
class JournalRecoveryTest
{
    private static final int TRADES = 3_000;

    @TempDir
    Path temp;

    @Test
    void shouldCompleteTheSignalThatACrashCutOffBetweenAnInputAndItsOutput()
    {
        final List<byte[]> frames = BitstampFrames.first(TRADES, BTC_USD);
        final List<long[]> reference = new ArrayList<>();
        final List<byte[]> referenceSignals = new ArrayList<>();
        run(frames, frames.size(), PipelineMode.REPLAY, DiscardingJournalSink.INSTANCE, (sequence, buffer, offset,
            length) ->
        {
            reference.add(new long[]{ sequence });
            referenceSignals.add(copy(buffer, offset, length));
        });
        final int cutIndex = indexOfFirstSignalAfter(reference, 2_000);
        final long cutSequence = reference.get(cutIndex)[0];

        final Path journalDirectory = temp.resolve("journal");
        try (ChronicleJournal journal = ChronicleJournal.open(journalDirectory, RollCycleKind.FAST_DAILY))
        {
            run(frames, (int)cutSequence, PipelineMode.LIVE, new CrashBeforeOutput(journal, cutSequence),
                SignalSink.NONE);
        }

        final TicksignalConfig config = RuntimeFixtures.demoConfig(temp, journalDirectory, 1024);
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        engine.close();

        assertEquals(cutSequence, engine.recovery().completedSequence());
        assertEquals(cutSequence, engine.recovery().lastEngineSequence());
        assertEquals(cutSequence, engine.recovery().inputsReplayed());
        final JournalContents contents = JournalContents.read(journalDirectory);
        final List<JournalContents.Entry> outputs = contents.of(EventKind.OUTPUT);
        assertEquals(cutIndex + 1, outputs.size());
        for (int i = 0; i <= cutIndex; i++)
        {
            assertEquals(reference.get(i)[0], outputs.get(i).engineSequence());
            assertArrayEquals(withoutLatency(referenceSignals.get(i)), withoutLatency(outputs.get(i).payload()));
        }
        final List<EventKind> tail = contents.entries.subList(contents.entries.size() - 5, contents.entries.size())
            .stream().map(JournalContents.Entry::kind).toList();
        assertEquals(List.of(EventKind.CONTROL, EventKind.OUTPUT, EventKind.CONTROL, EventKind.CONTROL,
            EventKind.CONTROL), tail, "RECOVERY_START, the completed signal, RECOVERY_END, ENGINE_START, STOP");
        assertEquals(List.of(ControlType.RECOVERY_START, ControlType.RECOVERY_END, ControlType.ENGINE_START,
            ControlType.ENGINE_STOP), contents.controlTypes());
        assertEquals(1, engine.summary().signals(), "the completed signal counts in this run");
    }

    private static void run(
        final List<byte[]> frames, final int count, final PipelineMode mode, final JournalSink journal,
        final SignalSink sink)
    {
        final Pipeline pipeline = Pipeline.create(
            RuntimeFixtures.DEMO, mode, journal, sink, RuntimeFixtures.inMemoryCounters(), () -> 7L);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        for (int i = 0; i < count; i++)
        {
            buffer.wrap(frames.get(i));
            pipeline.onInput(i + 1, 1_000L + i, buffer, 0, frames.get(i).length);
        }
    }

    private static int indexOfFirstSignalAfter(final List<long[]> signals, final long sequence)
    {
        for (int i = 0; i < signals.size(); i++)
        {
            if (signals.get(i)[0] > sequence)
            {
                return i;
            }
        }
        throw new AssertionError("no signal after input " + sequence);
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
     * Journals everything except the output of one input: the process "died" right after journaling that input.
     */
    private record CrashBeforeOutput(JournalSink journal, long lostOutputSequence) implements JournalSink
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
            if (engineSequence != lostOutputSequence)
            {
                journal.appendOutput(engineSequence, receiveTimeNs, message, offset, length);
            }
        }

        @Override
        public void appendShadowOutput(
            final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
            final int length)
        {
            journal.appendShadowOutput(engineSequence, receiveTimeNs, message, offset, length);
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
