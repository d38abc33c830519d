package io.ticksignal.replay.run;

import static io.ticksignal.replay.run.ReplayFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.aeron.ExclusivePublication;
import io.aeron.Publication;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import io.ticksignal.replay.verify.VerifyOutcome;
import io.ticksignal.replay.verify.VerifyReport;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first engine journals the first trades and "dies" between the input of a signal and its output (the journal
 * is written ahead, so it holds the input only); the live engine then restarts on that journal (recovery completes
 * the cut-off signal), takes the rest of the trades and a duplicate (rejected) over Aeron, and stops. The replay of
 * that journal verifies, and its digest is that of an uninterrupted run over the same inputs.
 */
@Tag("system")
class KillAndRestartReplayTest
{
    private static final int TRADES = 6_000;
    private static final int CUT_AFTER = 3_000;

    @TempDir
    Path temp;

    @Test
    void shouldGiveTheDigestOfAnUninterruptedRunAfterAKillAndARestart()
    {
        final List<byte[]> frames = new ArrayList<>(ReplayFixtures.bitstampFrames(TRADES));
        frames.add(frames.get(TRADES - 1).clone());
        final long cutSequence = firstSignalAfter(frames, CUT_AFTER);
        final Path journal = temp.resolve("journal");
        try (ChronicleJournal chronicle = ChronicleJournal.open(journal, RollCycleKind.FAST_DAILY);
            EngineCounters counters = inMemoryCounters())
        {
            final Pipeline first = Pipeline.create(ReplayFixtures.DEMO, PipelineMode.LIVE,
                new CrashBeforeOutput(chronicle, cutSequence), SignalSink.NONE, counters, () -> 5L);
            drive(first, frames.subList(0, (int)cutSequence), 0);
        }

        final TicksignalConfig config = ReplayFixtures.demoConfig(temp, journal);
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        try
        {
            assertEquals(cutSequence, engine.recovery().completedSequence());
            publish(engine, config.aeron().marketData(), frames.subList((int)cutSequence, frames.size()));
            await(() -> engine.counters().inputsReceived().get() == frames.size() - cutSequence, 30,
                "the restarted engine to take the rest");
        }
        finally
        {
            engine.close();
        }

        final VerifyReport report = ReplayFixtures.verify(journal, ReplayFixtures.DEMO, ReplayFilter.all());
        assertEquals(VerifyOutcome.IDENTICAL, report.outcome(), String.join("\n", report.lines()));
        assertEquals(1, report.replay().recoveries());
        assertEquals(1, report.replay().rejectedReplayed(), "the duplicate trade");
        assertEquals(frames.size() - 1, report.replay().inputsReplayed());
        assertEquals(ReplayFixtures.uninterruptedDigest(frames), report.replayedDigest());
        assertEquals(report.journaledDigest(), report.replayedDigest());
    }

    private static long firstSignalAfter(final List<byte[]> frames, final long sequence)
    {
        final long[] found = { -1 };
        try (EngineCounters counters = inMemoryCounters())
        {
            final Pipeline pipeline = Pipeline.create(ReplayFixtures.DEMO, PipelineMode.REPLAY,
                io.ticksignal.engine.pipeline.DiscardingJournalSink.INSTANCE, (signalSequence, buffer, offset,
                length) ->
                {
                    if (found[0] < 0 && signalSequence > sequence)
                    {
                        found[0] = signalSequence;
                    }
                }, counters, () -> 0L);
            drive(pipeline, frames, 0);
        }
        assertTrue(found[0] > 0, "a signal after input " + sequence);
        return found[0];
    }

    private static void drive(final Pipeline pipeline, final List<byte[]> frames, final long firstSequence)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        for (int i = 0; i < frames.size(); i++)
        {
            buffer.wrap(frames.get(i));
            pipeline.onInput(firstSequence + i + 1, 1_000L + i, buffer, 0, frames.get(i).length);
        }
    }

    private static void publish(final EngineRuntime engine, final AeronStreamConfig stream, final List<byte[]> frames)
    {
        try (ExclusivePublication publication =
            engine.aeron().addExclusivePublication(stream.channel(), stream.streamId()))
        {
            await(publication::isConnected, 10, "the engine to subscribe");
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (final byte[] frame : frames)
            {
                buffer.wrap(frame);
                final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                long result;
                while ((result = publication.offer(buffer, 0, frame.length)) < 0)
                {
                    assertTrue(result == Publication.BACK_PRESSURED || result == Publication.ADMIN_ACTION,
                        "offer failed: " + result);
                    assertTrue(System.nanoTime() - deadlineNs < 0, "back-pressured for 10 s");
                    Thread.onSpinWait();
                }
            }
        }
    }

    private static EngineCounters inMemoryCounters()
    {
        return new EngineCounters(new org.agrona.concurrent.status.CountersManager(
            new UnsafeBuffer(java.nio.ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(java.nio.ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
    }

    /**
     * Journals everything but the output of one input: the process died right after journaling that input.
     */
    private record CrashBeforeOutput(JournalSink journal, long lostOutputSequence) implements JournalSink
    {
        @Override
        public void appendInput(final long engineSequence, final long receiveTimeNs, final DirectBuffer message,
            final int offset, final int length)
        {
            journal.appendInput(engineSequence, receiveTimeNs, message, offset, length);
        }

        @Override
        public void appendRejected(final long engineSequence, final long receiveTimeNs, final int rejectReason,
            final DirectBuffer message, final int offset, final int length)
        {
            journal.appendRejected(engineSequence, receiveTimeNs, rejectReason, message, offset, length);
        }

        @Override
        public void appendOutput(final long engineSequence, final long receiveTimeNs, final DirectBuffer message,
            final int offset, final int length)
        {
            if (engineSequence != lostOutputSequence)
            {
                journal.appendOutput(engineSequence, receiveTimeNs, message, offset, length);
            }
        }

        @Override
        public void appendShadowOutput(final long engineSequence, final long receiveTimeNs,
            final DirectBuffer message, final int offset, final int length)
        {
            journal.appendShadowOutput(engineSequence, receiveTimeNs, message, offset, length);
        }

        @Override
        public void appendControl(final long engineSequence, final long timeNs, final ControlType type,
            final long modelVersion, final String detail)
        {
            journal.appendControl(engineSequence, timeNs, type, modelVersion, detail);
        }
    }
}
