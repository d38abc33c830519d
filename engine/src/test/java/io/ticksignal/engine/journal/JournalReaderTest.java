package io.ticksignal.engine.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.config.RollCycleKind;
import net.openhft.chronicle.queue.RollCycle;
import org.agrona.concurrent.CachedEpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JournalReaderTest
{
    private static final long RECEIVE_TIME_NS = 1_700_000_000_000_000_000L;
    /** 2024-01-02T10:00:00Z, on an hour boundary. */
    private static final long START_MS = 1_704_189_600_000L;
    private static final long HOUR_MS = 3_600_000L;

    @TempDir
    Path directory;

    @Test
    void shouldReportCorruptDocumentsWithTheirIndexAndReadOn()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        final byte[] envelope = TestMessages.envelope(9, EventKind.INPUT, RejectReason.NONE, trade);
        final byte[] reasonWithoutRejection = TestMessages.envelope(9, EventKind.INPUT, RejectReason.INVALID_PRICE, trade);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            journal.appendInput(1, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            journal.appendInput(2, RECEIVE_TIME_NS, trade, 0, trade.capacity() - 3);
            journal.appendOutput(3, RECEIVE_TIME_NS, trade, 0, trade.capacity());
        }
        TestMessages.appendRawDocument(directory, new byte[] {9, 9, 9});
        TestMessages.appendRawDocument(directory, Arrays.copyOf(envelope, envelope.length - 1));
        TestMessages.appendRawDocument(directory, Arrays.copyOf(envelope, envelope.length + 2));
        TestMessages.appendRawDocument(directory, trade.byteArray());
        TestMessages.appendRawDocument(directory, reasonWithoutRejection);
        TestMessages.appendRawDocument(directory, envelope);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            journal.appendInput(4, RECEIVE_TIME_NS, trade, 0, trade.capacity());
        }

        try (JournalReader reader = JournalReader.open(directory))
        {
            final RecordingListener listener = RecordingListener.readAll(reader);

            assertEquals(List.of(1L, 9L, 4L), listener.sequences());
            final long first = listener.records.get(0).index();
            assertEquals(first + 8, listener.records.get(1).index());
            assertEquals(first + 9, listener.records.get(2).index());
            assertCorrupt(listener.corrupt.get(0), first + 1, RejectReason.TRUNCATED);
            assertCorrupt(listener.corrupt.get(1), first + 2, RejectReason.UNKNOWN_TEMPLATE);
            assertCorrupt(listener.corrupt.get(2), first + 3, RejectReason.TRUNCATED);
            assertArrayEquals(new byte[] {9, 9, 9}, listener.corrupt.get(2).document());
            assertCorrupt(listener.corrupt.get(3), first + 4, RejectReason.TRUNCATED);
            assertCorrupt(listener.corrupt.get(4), first + 5, RejectReason.MALFORMED);
            assertCorrupt(listener.corrupt.get(5), first + 6, RejectReason.UNKNOWN_TEMPLATE);
            assertCorrupt(listener.corrupt.get(6), first + 7, RejectReason.MALFORMED);
            assertEquals(7, listener.corrupt.size());
        }
    }

    @Test
    void shouldDescribeAnEmptyJournal()
    {
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY);
            JournalReader reader = journal.newReader())
        {
            assertTrue(reader.isEmpty());
            assertEquals(JournalReader.NO_INDEX, reader.lastIndex());
            assertEquals(JournalReader.NO_SEQUENCE, reader.lastEngineSequence());
            assertEquals(JournalReader.NO_INDEX, reader.firstIndexOfLastCycle());
            assertFalse(reader.toStartOfLastCycle());
            assertEquals(0, reader.poll(new RecordingListener(), 10));
        }
    }

    @Test
    void shouldRefuseToOpenADirectoryThatDoesNotExist()
    {
        assertThrows(IllegalArgumentException.class, () -> JournalReader.open(directory.resolve("absent")));
    }

    @Test
    void shouldPassOverCorruptDocumentsAtTheEndWhenFindingTheLastSequence()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            journal.appendInput(41, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            journal.appendInput(42, RECEIVE_TIME_NS, trade, 0, trade.capacity());
        }
        TestMessages.appendRawDocument(directory, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

        try (JournalReader reader = JournalReader.open(directory))
        {
            assertFalse(reader.isEmpty());
            assertEquals(42, reader.lastEngineSequence());
            assertEquals(3, reader.readAll(new RecordingListener()));
        }
    }

    @Test
    void shouldReadOnlyTheLastCycleWhenRecovering()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        final CachedEpochClock clock = new CachedEpochClock();
        clock.update(START_MS);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_HOURLY, clock))
        {
            journal.appendInput(1, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            journal.appendInput(2, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            clock.update(START_MS + HOUR_MS + 1);
            journal.appendInput(3, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            final long firstOfSecondHour = journal.lastIndexAppended();
            journal.appendInput(4, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            clock.update(START_MS + 2 * HOUR_MS + 10);
            journal.appendInput(5, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            final long firstOfThirdHour = journal.lastIndexAppended();
            journal.appendInput(6, RECEIVE_TIME_NS, trade, 0, trade.capacity());

            try (JournalReader reader = journal.newReader())
            {
                assertEquals(firstOfThirdHour, reader.firstIndexOfLastCycle());
                assertTrue(reader.toStartOfLastCycle());
                assertEquals(List.of(5L, 6L), RecordingListener.readAll(reader).sequences());

                assertTrue(reader.moveToIndex(firstOfSecondHour));
                assertEquals(firstOfSecondHour, reader.nextIndex());
                assertEquals(List.of(3L, 4L, 5L, 6L), RecordingListener.readAll(reader).sequences());

                assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), RecordingListener.readAll(reader.toStart()).sequences());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RollCycleKind.class)
    void shouldMapEveryRollCycleKindToTheChronicleRollCycleOfTheSameNameAndLength(final RollCycleKind kind)
    {
        final RollCycle rollCycle = JournalRollCycles.toRollCycle(kind);

        assertEquals(kind.name(), ((Enum<?>)rollCycle).name());
        assertEquals(kind.lengthNs(), rollCycle.lengthInMillis() * 1_000_000L);

        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, kind))
        {
            journal.appendInput(1, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            try (JournalReader reader = journal.newReader())
            {
                assertEquals(rollCycle.toCycle(journal.lastIndexAppended()), rollCycle.toCycle(reader.lastIndex()));
                assertEquals(List.of(1L), RecordingListener.readAll(reader).sequences());
            }
        }
    }

    @Test
    void shouldKeepTheRollCycleAJournalWasCreatedWith()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        final CachedEpochClock clock = new CachedEpochClock();
        clock.update(START_MS);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_HOURLY, clock))
        {
            journal.appendInput(1, RECEIVE_TIME_NS, trade, 0, trade.capacity());
        }

        clock.update(START_MS + HOUR_MS);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY, clock))
        {
            journal.appendInput(2, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            try (JournalReader reader = journal.newReader())
            {
                // Hourly, as created: an hour later is a new cycle, which a daily journal would not start.
                assertEquals(journal.lastIndexAppended(), reader.firstIndexOfLastCycle());
                assertTrue(reader.toStartOfLastCycle());
                assertEquals(List.of(2L), RecordingListener.readAll(reader).sequences());
            }
        }
    }

    private static void assertCorrupt(final RecordingListener.Corrupt corrupt, final long index, final RejectReason reason)
    {
        assertEquals(index, corrupt.index());
        assertEquals(reason.value(), corrupt.reason());
    }
}
