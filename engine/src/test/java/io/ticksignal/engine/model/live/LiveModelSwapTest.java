package io.ticksignal.engine.model.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.journal.OutputDigest;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapAnswer;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapStatus;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import io.ticksignal.engine.runtime.JournalRecovery;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live pipeline journaling to Chronicle, a model loader thread answering requests from a request directory, and
 * the pipeline thread (the test thread) applying the prepared swap between two events, as the pipeline agent does.
 */
class LiveModelSwapTest
{
    private static final int TRADES = 30_000;
    private static final int SWAP_AFTER = 15_000;
    private static final long TIMEOUT_NS = TimeUnit.SECONDS.toNanos(20);

    private static List<byte[]> frames;

    @TempDir
    Path temp;

    private Path bundleA;
    private Path bundleB;
    private ChronicleJournal journal;
    private Pipeline pipeline;
    private ModelSwapper swapper;
    private ModelRequestDirectory requests;
    private AgentRunner loader;
    private AtomicCounter rejected;
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private long lastSequence;

    @BeforeAll
    static void loadTrades()
    {
        frames = LiveSwapFixture.tradeFrames(TRADES);
    }

    @BeforeEach
    void start()
    {
        bundleA = LiveSwapFixture.write(temp.resolve("bundles/a"), LiveSwapFixture.BUNDLE_A);
        bundleB = LiveSwapFixture.write(temp.resolve("bundles/b"), LiveSwapFixture.BUNDLE_B);
        journal = ChronicleJournal.open(temp.resolve("journal"), RollCycleKind.FAST_DAILY);
        final CountersManager countersManager = LiveSwapFixture.newCountersManager();
        final EngineCounters counters = new EngineCounters(countersManager);
        pipeline = Pipeline.create(LiveSwapFixture.config(bundleA), PipelineMode.LIVE, journal, SignalSink.NONE,
            counters, () -> 42L);
        final ModelSwapSlot slot = new ModelSwapSlot();
        swapper = new ModelSwapper(slot, pipeline, journal, counters,
            countersManager.newCounter("model swaps"), () -> 43L);
        rejected = countersManager.newCounter("model swaps rejected");
        requests = new ModelRequestDirectory(temp.resolve("model-requests"));
        loader = new AgentRunner(new SleepingIdleStrategy(TimeUnit.MILLISECONDS.toNanos(1)), reported::add, null,
            new ModelRequestAgent(requests, new ModelSwapPreparer(pipeline.featureStage()), slot, rejected,
                reported::add));
        AgentRunner.startOnThread(loader);
    }

    @AfterEach
    void stop()
    {
        loader.close();
        journal.close();
    }

    @Test
    void shouldSwapBetweenTwoEventsJournalItThereAndReplayToTheSameDigest()
    {
        drive(0, SWAP_AFTER);
        final String id = requests.writeRequest(bundleB, 1L);
        await(() -> swapper.applyPending(lastSequence) == 1, "the loader to prepare the swap");
        drive(SWAP_AFTER, TRADES);
        final SwapAnswer answer = awaitAnswer(id);
        assertEquals(SwapStatus.OK, answer.status(), answer.text());
        assertTrue(answer.text().startsWith("model swapped after engine sequence " + SWAP_AFTER +
            ": model swap-b version 4; bundle " + bundleB.toAbsolutePath() + "; sha256 "), answer.text());
        journal.close();

        final JournalScan scan = scan();
        assertEquals(1, scan.swapIndexes.size(), "one MODEL_SWAP");
        assertEquals(SWAP_AFTER, scan.swapSequence, "journaled after the last input before the swap");
        assertTrue(scan.before.size() > 100 && scan.after.size() > 100, scan.before.size() + " " + scan.after.size());
        for (final String[] signal : scan.before)
        {
            assertEquals("swap-a", signal[0]);
            assertEquals("3", signal[1]);
            assertTrue(Long.parseLong(signal[2]) <= SWAP_AFTER);
        }
        for (final String[] signal : scan.after)
        {
            assertEquals("swap-b", signal[0]);
            assertEquals("4", signal[1]);
            assertTrue(Long.parseLong(signal[2]) > SWAP_AFTER);
        }

        final OutputDigest replayed = replay(bundleA);
        assertEquals(scan.outputs.outputCount(), replayed.outputCount());
        assertEquals(scan.outputs.toHexString(), replayed.toHexString());
        assertNotEquals(scan.outputs.toHexString(), replayWithoutSwaps(bundleA).toHexString(),
            "the swap changes the output, so the equal digest above is the swap replayed");
    }

    @Test
    void shouldRecoverIntoTheSwappedModelAndFailClearlyWhenTheBundleIsGone() throws Exception
    {
        drive(0, 2_000);
        requests.writeRequest(bundleB, 1L);
        await(() -> swapper.applyPending(lastSequence) == 1, "the loader to prepare the swap");
        drive(2_000, 4_000);
        journal.close();

        final Pipeline restarted = Pipeline.create(LiveSwapFixture.config(bundleA), PipelineMode.LIVE,
            DiscardingJournalSink.INSTANCE, SignalSink.NONE, LiveSwapFixture.newCounters(), () -> 1L);
        final JournalRecovery recovery = new JournalRecovery(restarted);
        try (JournalReader reader = JournalReader.open(temp.resolve("journal")))
        {
            recovery.replay(reader, LiveSwapFixture.newCounters());
        }
        assertEquals(1, recovery.modelSwapsApplied());
        assertEquals("swap-b", restarted.scorer().modelId());

        Files.delete(bundleB.resolve("model.yaml"));
        final Pipeline again = Pipeline.create(LiveSwapFixture.config(bundleA), PipelineMode.LIVE,
            DiscardingJournalSink.INSTANCE, SignalSink.NONE, LiveSwapFixture.newCounters(), () -> 1L);
        final ModelSwapException error = assertThrows(ModelSwapException.class, () ->
        {
            try (JournalReader reader = JournalReader.open(temp.resolve("journal")))
            {
                new JournalRecovery(again).replay(reader, LiveSwapFixture.newCounters());
            }
        });
        assertTrue(error.getMessage().contains("swapped to model swap-b version 4 from bundle " +
            bundleB.toAbsolutePath() + ", which is missing now; restore that bundle directory"), error.getMessage());
    }

    @Test
    void shouldKeepTheOldModelAndReportWhyWhenTheNewBundleFails()
    {
        final Path newFeature = LiveSwapFixture.write(temp.resolve("bundles/c"), LiveSwapFixture.BUNDLE_NEW_FEATURE);
        final Path invalid = LiveSwapFixture.write(temp.resolve("bundles/d"),
            LiveSwapFixture.BUNDLE_B.replace("[-0.04, -0.5, -0.01]", "[-0.04]"));
        drive(0, 1_000);

        final SwapAnswer features = awaitAnswer(requests.writeRequest(newFeature, 1L));
        assertEquals(SwapStatus.FAILED, features.status());
        assertTrue(features.text().contains("does not compute its feature(s) [sma(50)@5m]; a swap cannot add " +
            "features"), features.text());
        final SwapAnswer broken = awaitAnswer(requests.writeRequest(invalid, 2L));
        assertEquals(SwapStatus.FAILED, broken.status());
        assertTrue(broken.text().startsWith("model swap rejected, the old model keeps running: invalid model bundle"),
            broken.text());
        assertTrue(broken.text().contains("coefficients"), broken.text());

        assertEquals(0, swapper.applyPending(lastSequence), "nothing was handed to the pipeline");
        assertEquals("swap-a", pipeline.scorer().modelId());
        assertEquals(2, rejected.get());
        assertEquals(2, reported.size());
        drive(1_000, 2_000);
    }

    private void drive(final int from, final int to)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        for (int i = from; i < to; i++)
        {
            assertEquals(0, swapper.applyPending(lastSequence), "no swap waits");
            final byte[] frame = frames.get(i);
            buffer.wrap(frame);
            assertTrue(pipeline.onInput(i + 1, 1_000L + i, buffer, 0, frame.length).isAccepted());
            lastSequence = i + 1;
        }
    }

    private SwapAnswer awaitAnswer(final String id)
    {
        final AtomicReference<SwapAnswer> answer = new AtomicReference<>();
        await(() ->
        {
            requests.takeAnswer(id).ifPresent(answer::set);
            return null != answer.get();
        }, "the loader to answer");
        return answer.get();
    }

    private static void await(final BooleanSupplier condition, final String what)
    {
        final IdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MILLISECONDS.toNanos(1));
        final long deadline = System.nanoTime() + TIMEOUT_NS;
        while (!condition.getAsBoolean())
        {
            assertTrue(System.nanoTime() - deadline < 0, "gave up waiting for " + what);
            idle.idle();
        }
    }

    private JournalScan scan()
    {
        final JournalScan scan = new JournalScan();
        try (JournalReader reader = JournalReader.open(temp.resolve("journal")))
        {
            reader.readAll(scan);
        }
        return scan;
    }

    private OutputDigest replay(final Path startBundle)
    {
        return replay(startBundle, true);
    }

    private OutputDigest replayWithoutSwaps(final Path startBundle)
    {
        return replay(startBundle, false);
    }

    private OutputDigest replay(final Path startBundle, final boolean applySwaps)
    {
        final OutputDigest digest = new OutputDigest();
        final Pipeline replay = Pipeline.create(LiveSwapFixture.config(startBundle), PipelineMode.REPLAY,
            DiscardingJournalSink.INSTANCE, (sequence, buffer, offset, length) -> digest.update(buffer, offset, length),
            LiveSwapFixture.newCounters(), () -> 99L);
        final JournalModelSwaps swaps = new JournalModelSwaps(replay);
        try (JournalReader reader = JournalReader.open(temp.resolve("journal")))
        {
            reader.readAll(new JournalRecordListener()
            {
                @Override
                public void onRecord(
                    final long index, final long engineSequence, final long receiveTimeNs, final EventKind kind,
                    final int rejectReason, final DirectBuffer payload, final int offset, final int length)
                {
                    if (kind == EventKind.INPUT)
                    {
                        replay.onInput(engineSequence, receiveTimeNs, payload, offset, length);
                    }
                    else if (kind == EventKind.CONTROL && applySwaps)
                    {
                        swaps.onControl(index, payload, offset);
                    }
                }

                @Override
                public void onCorruptRecord(
                    final long index, final int reason, final DirectBuffer document, final int offset,
                    final int length)
                {
                    throw new AssertionError("corrupt record at " + index);
                }
            });
        }
        return digest;
    }

    /** The journal's outputs (digest, and model id/version/sequence before and after the swap). */
    private static final class JournalScan implements JournalRecordListener
    {
        final OutputDigest outputs = new OutputDigest();
        final List<Long> swapIndexes = new ArrayList<>();
        final List<String[]> before = new ArrayList<>();
        final List<String[]> after = new ArrayList<>();
        long swapSequence = -1;
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();
        private final SignalDecoder signal = new SignalDecoder();
        private final ControlEventDecoder control = new ControlEventDecoder();

        @Override
        public void onRecord(
            final long index, final long engineSequence, final long receiveTimeNs, final EventKind kind,
            final int rejectReason, final DirectBuffer payload, final int offset, final int length)
        {
            if (kind == EventKind.OUTPUT)
            {
                outputs.update(payload, offset, length);
                signal.wrapAndApplyHeader(payload, offset, header);
                (swapIndexes.isEmpty() ? before : after).add(new String[] {
                    signal.modelId(), Long.toString(signal.modelVersion()), Long.toString(signal.engineSequence()) });
            }
            else if (kind == EventKind.CONTROL)
            {
                control.wrapAndApplyHeader(payload, offset, header);
                if (control.controlType() == ControlType.MODEL_SWAP)
                {
                    swapIndexes.add(index);
                    swapSequence = engineSequence;
                }
            }
        }

        @Override
        public void onCorruptRecord(
            final long index, final int reason, final DirectBuffer document, final int offset, final int length)
        {
            throw new AssertionError("corrupt record at " + index);
        }
    }
}
