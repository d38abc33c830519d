package io.ticksignal.replay.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.JournalRecordEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import io.ticksignal.replay.verify.ReplayVerifier;
import io.ticksignal.replay.verify.VerifyOutcome;
import io.ticksignal.replay.verify.VerifyReport;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written by a LIVE-mode pipeline over real Bitstamp trades, with one torn document (a truncated
 * {@code INPUT} envelope written as raw bytes through Chronicle's own appender) in the middle: the replay reports
 * that document's index, fails verification, and still replays every well-formed record after it.
 */
class CorruptJournalReplayTest
{
    private static final int TRADES = 4_000;
    private static final int CORRUPT_AFTER = 2_000;
    private static final int BYTES_CUT = 7;

    @TempDir
    Path temp;

    @Test
    void shouldReportTheCorruptRecordByIndexAndReplayEveryRecordAfterIt()
    {
        final List<byte[]> frames = ReplayFixtures.bitstampFrames(TRADES);
        final Path journal = temp.resolve("journal");
        final long corruptIndex = writeJournalWithTornInput(journal, frames, CORRUPT_AFTER);
        final SignalsAfter after = new SignalsAfter(CORRUPT_AFTER);

        final VerifyReport report = verify(journal, after);
        final ReplayResult replay = report.replay();

        assertEquals(VerifyOutcome.DIFFERENT, report.outcome(), String.join("\n", report.lines()));
        assertEquals(1, replay.corruptRecords());
        assertEquals(List.of(corruptIndex), replay.corruptIndexes());
        assertTrue(report.lines().contains("corrupt journal records: 1 at indexes [" + corruptIndex + "]"),
            report.lines().toString());
        assertTrue(report.firstMismatch().isEmpty(), "the corrupt record is the only difference: " +
            report.lines());
        assertEquals(0, replay.acceptanceMismatches());
        assertEquals(TRADES, replay.inputsReplayed(), "every input before and after the corrupt record");
        assertEquals(0, replay.rejectedReplayed());
        assertEquals(TRADES + report.journaledCount() + 1, replay.documentsRead(),
            "inputs, journaled outputs and the corrupt document");
        assertEquals(ReplayFixtures.uninterruptedDigest(frames), report.replayedDigest());
        assertEquals(report.journaledDigest(), report.replayedDigest());
        assertEquals(report.journaledCount(), report.replayedCount());
        assertTrue(after.replayed > 0, "signals regenerated after the corrupt record");
        assertEquals(after.journaled, after.replayed);
    }

    /**
     * Journals the frames as the live engine does (engine sequence i + 1); after frame {@code corruptAfter} appends,
     * through a second queue on the same directory, the envelope of the next frame cut short by {@link #BYTES_CUT}
     * bytes, as one document.
     *
     * @return the Chronicle index of the corrupt document.
     */
    static long writeJournalWithTornInput(final Path directory, final List<byte[]> frames, final int corruptAfter)
    {
        long corruptIndex = JournalReader.NO_INDEX;
        try (ChronicleJournal chronicle = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY);
            EngineCounters counters = new EngineCounters(new CountersManager(
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength())))))
        {
            final Pipeline pipeline = Pipeline.create(ReplayFixtures.DEMO, PipelineMode.LIVE, chronicle,
                SignalSink.NONE, counters, () -> 42L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (int i = 0; i < frames.size(); i++)
            {
                if (i == corruptAfter)
                {
                    corruptIndex = appendDocument(directory, truncatedInputEnvelope(i + 1, frames.get(i)));
                }
                buffer.wrap(frames.get(i));
                pipeline.onInput(i + 1, 1_000L * (i + 1), buffer, 0, frames.get(i).length);
            }
        }
        return corruptIndex;
    }

    private static byte[] truncatedInputEnvelope(final long engineSequence, final byte[] frame)
    {
        final ExpandableArrayBuffer envelope = new ExpandableArrayBuffer(256);
        final JournalRecordEncoder record = new JournalRecordEncoder()
            .wrapAndApplyHeader(envelope, 0, new MessageHeaderEncoder())
            .engineSequence(engineSequence)
            .receiveTimeNs(1_000L * engineSequence)
            .kind(EventKind.INPUT)
            .rejectReason(RejectReason.NONE)
            .putPayload(new UnsafeBuffer(frame), 0, frame.length);
        final byte[] torn = new byte[MessageHeaderEncoder.ENCODED_LENGTH + record.encodedLength() - BYTES_CUT];
        envelope.getBytes(0, torn);
        return torn;
    }

    private static long appendDocument(final Path directory, final byte[] bytes)
    {
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(directory).build();
            ExcerptAppender appender = queue.createAppender())
        {
            try (DocumentContext document = appender.writingDocument())
            {
                document.wire().bytes().write(bytes);
            }
            return appender.lastIndexAppended();
        }
    }

    private static VerifyReport verify(final Path journal, final ReplayListener next)
    {
        final ReplayVerifier verifier = new ReplayVerifier(next);
        try (JournalReader reader = JournalReader.open(journal);
            ReplayDriver driver = new ReplayDriver(ReplayFixtures.DEMO, ModelSwapMode.APPLY_JOURNALED,
                ReplayFilter.all(), verifier))
        {
            return verifier.report(driver.run(reader, ReplayProgress.NONE));
        }
    }

    /**
     * Counts the signals of inputs after an engine sequence, on each side.
     */
    private static final class SignalsAfter implements ReplayListener
    {
        private final long engineSequence;
        private long replayed;
        private long journaled;

        SignalsAfter(final long engineSequence)
        {
            this.engineSequence = engineSequence;
        }

        @Override
        public void onReplayedSignal(final long sequence, final DirectBuffer buffer, final int offset,
            final int length)
        {
            replayed += sequence > engineSequence ? 1 : 0;
        }

        @Override
        public void onJournaledSignal(final long sequence, final DirectBuffer buffer, final int offset,
            final int length)
        {
            journaled += sequence > engineSequence ? 1 : 0;
        }
    }
}
