package io.ticksignal.engine.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.config.RollCycleKind;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDigestTest
{
    /** SHA-256 of no bytes at all. */
    private static final String EMPTY_SHA_256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path directory;

    @Test
    void shouldBeTheSha256OfNothingBeforeAnyOutput()
    {
        final OutputDigest digest = new OutputDigest();

        assertEquals(EMPTY_SHA_256, digest.toHexString());
        assertEquals(OutputDigest.DIGEST_LENGTH, digest.digest().length);
        assertEquals(0, digest.outputCount());
    }

    @Test
    void shouldGiveEqualDigestsForEqualOutputs()
    {
        final OutputDigest first = digestOf(TestMessages.signal(1, 0.6, 100, 0.7), TestMessages.signal(2, 0.9, 200, 0.1));
        final OutputDigest second = digestOf(TestMessages.signal(1, 0.6, 100, 0.7), TestMessages.signal(2, 0.9, 200, 0.1));

        assertEquals(first.toHexString(), second.toHexString());
        assertEquals(2, first.outputCount());
        assertNotEquals(EMPTY_SHA_256, first.toHexString());
    }

    @Test
    void shouldDifferWhenOneOutputFieldDiffers()
    {
        final String reference =
            digestOf(TestMessages.signal(1, 0.6, 100, 0.7), TestMessages.signal(2, 0.9, 200, 0.1)).toHexString();

        assertNotEquals(reference,
            digestOf(TestMessages.signal(1, 0.6, 100, 0.7), TestMessages.signal(2, 0.9, 200, 0.2)).toHexString());
        assertNotEquals(reference,
            digestOf(TestMessages.signal(1, 0.6, 100, 0.7), TestMessages.signal(3, 0.9, 200, 0.1)).toHexString());
        assertNotEquals(reference,
            digestOf(TestMessages.signal(1, 0.61, 100, 0.7), TestMessages.signal(2, 0.9, 200, 0.1)).toHexString());
    }

    @Test
    void shouldDifferWhenTheOrderOfOutputsDiffers()
    {
        assertNotEquals(
            digestOf(TestMessages.signal(1, 0.6, 100, 0.7), TestMessages.signal(2, 0.9, 200, 0.1)).toHexString(),
            digestOf(TestMessages.signal(2, 0.9, 200, 0.1), TestMessages.signal(1, 0.6, 100, 0.7)).toHexString());
    }

    @Test
    void shouldIgnoreOnlyTheMeasuredIngressToDecisionLatency()
    {
        final UnsafeBuffer measured = TestMessages.signal(1, 0.6, 100, 0.7);
        final UnsafeBuffer remeasured = TestMessages.signal(1, 0.6, 987_654_321, 0.7);

        assertEquals(digestOf(measured).toHexString(), digestOf(remeasured).toHexString());
        assertEquals(100, measured.getLong(8 + 65), "the signal that was digested is unchanged");
    }

    @Test
    void shouldFoldBytesThatAreNotASignalAsTheyAre()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, 2, 3, 4);
        final UnsafeBuffer otherTrade = TestMessages.trade(1, 2, 3, 5);

        assertNotEquals(digestOf(trade).toHexString(), digestOf(otherTrade).toHexString());
    }

    @Test
    void shouldGiveTheDigestOfTheJournaledOutputs()
    {
        final UnsafeBuffer signalOne = TestMessages.signal(1, 0.6, 100, 0.7);
        final UnsafeBuffer signalTwo = TestMessages.signal(2, 0.9, 200, 0.1);
        final UnsafeBuffer trade = TestMessages.trade(1, 2, 3, 4);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            journal.appendInput(1, 10, trade, 0, trade.capacity());
            journal.appendOutput(1, 10, signalOne, 0, signalOne.capacity());
            journal.appendInput(2, 20, trade, 0, trade.capacity());
            journal.appendOutput(2, 20, signalTwo, 0, signalTwo.capacity());
        }

        final OutputDigest journaled = new OutputDigest();
        try (JournalReader reader = JournalReader.open(directory))
        {
            reader.readAll(new OutputsOnly(journaled));
        }

        final OutputDigest replayed = digestOf(
            TestMessages.signal(1, 0.6, 5, 0.7), TestMessages.signal(2, 0.9, 6, 0.1));
        assertArrayEquals(replayed.digest(), journaled.digest());
        assertEquals(2, journaled.outputCount());
    }

    @Test
    void shouldStartAgainAfterReset()
    {
        final OutputDigest digest = digestOf(TestMessages.signal(1, 0.6, 100, 0.7));
        digest.reset();

        assertEquals(EMPTY_SHA_256, digest.toHexString());
        assertEquals(0, digest.outputCount());
    }

    private static OutputDigest digestOf(final UnsafeBuffer... outputs)
    {
        final OutputDigest digest = new OutputDigest();
        for (final UnsafeBuffer output : outputs)
        {
            digest.update(output, 0, output.capacity());
        }

        return digest;
    }

    private static final class OutputsOnly implements JournalRecordListener
    {
        private final OutputDigest digest;

        OutputsOnly(final OutputDigest digest)
        {
            this.digest = digest;
        }

        @Override
        public void onRecord(
            final long index,
            final long engineSequence,
            final long receiveTimeNs,
            final EventKind kind,
            final int rejectReason,
            final DirectBuffer payload,
            final int offset,
            final int length)
        {
            if (EventKind.OUTPUT == kind)
            {
                digest.update(payload, offset, length);
            }
        }

        @Override
        public void onCorruptRecord(
            final long index, final int reason, final DirectBuffer document, final int offset, final int length)
        {
            throw new AssertionError("corrupt record " + index + " reason " + RejectReason.get((short)reason));
        }
    }
}
