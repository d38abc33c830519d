package io.ticksignal.engine.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.config.JournalConfig;
import io.ticksignal.config.JournalMode;
import io.ticksignal.config.RollCycleKind;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronicleJournalTest
{
    private static final long RECEIVE_TIME_NS = 1_700_000_000_123_456_789L;

    @TempDir
    Path directory;

    @Test
    void shouldReadBackEveryKindWithEveryFieldEqual()
    {
        final UnsafeBuffer trade = TestMessages.trade(3, RECEIVE_TIME_NS - 500, 4_275_500, 77);
        final byte[] garbage = {1, 2, 3, 4, 5};
        final UnsafeBuffer signal = TestMessages.signal(1, 0.75, 12_345, 0.8);

        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            journal.appendInput(1, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            journal.appendRejected(
                2, RECEIVE_TIME_NS + 1, RejectReason.TIME_BACKWARDS.value(), new UnsafeBuffer(garbage), 0, garbage.length);
            journal.appendOutput(1, RECEIVE_TIME_NS, signal, 0, signal.capacity());
            journal.appendControl(2, RECEIVE_TIME_NS + 9, ControlType.MODEL_SWAP, 8, "bundles/logistic-v8");
        }

        try (JournalReader reader = JournalReader.open(directory))
        {
            final RecordingListener listener = RecordingListener.readAll(reader);

            assertEquals(List.of(), listener.corrupt);
            assertEquals(4, listener.records.size());
            assertRecord(listener.records.get(0), 1, RECEIVE_TIME_NS, EventKind.INPUT, RejectReason.NONE, bytes(trade));
            assertRecord(listener.records.get(1), 2, RECEIVE_TIME_NS + 1, EventKind.REJECTED_INPUT,
                RejectReason.TIME_BACKWARDS, garbage);
            assertRecord(listener.records.get(2), 1, RECEIVE_TIME_NS, EventKind.OUTPUT, RejectReason.NONE, bytes(signal));

            final RecordingListener.Read control = listener.records.get(3);
            assertEquals(2, control.engineSequence());
            assertEquals(RECEIVE_TIME_NS + 9, control.receiveTimeNs());
            assertEquals(EventKind.CONTROL, control.kind());
            final ControlEventDecoder event = new ControlEventDecoder()
                .wrapAndApplyHeader(new UnsafeBuffer(control.payload()), 0, new MessageHeaderDecoder());
            assertEquals(ControlType.MODEL_SWAP, event.controlType());
            assertEquals(RECEIVE_TIME_NS + 9, event.timestampNs());
            assertEquals(8, event.modelVersion());
            assertEquals("bundles/logistic-v8", event.detail());

            for (int i = 1; i < listener.records.size(); i++)
            {
                assertEquals(listener.records.get(i - 1).index() + 1, listener.records.get(i).index());
            }
        }
    }

    @Test
    void shouldPreserveAppendOrderAcrossKinds()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        final UnsafeBuffer signal = TestMessages.signal(0, 0.5, 10, 0.5);
        final List<EventKind> expectedKinds = new ArrayList<>();
        final List<Long> expectedSequences = new ArrayList<>();

        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            for (long sequence = 1; sequence <= 500; sequence++)
            {
                journal.appendInput(sequence, RECEIVE_TIME_NS + sequence, trade, 0, trade.capacity());
                expectedKinds.add(EventKind.INPUT);
                expectedSequences.add(sequence);
                if (0 == sequence % 3)
                {
                    journal.appendOutput(sequence, RECEIVE_TIME_NS + sequence, signal, 0, signal.capacity());
                    expectedKinds.add(EventKind.OUTPUT);
                    expectedSequences.add(sequence);
                }
            }
        }

        try (JournalReader reader = JournalReader.open(directory))
        {
            final RecordingListener listener = RecordingListener.readAll(reader);

            final List<EventKind> kinds = new ArrayList<>();
            listener.records.forEach((read) -> kinds.add(read.kind()));
            assertEquals(expectedKinds, kinds);
            assertEquals(expectedSequences, listener.sequences());
        }
    }

    @Test
    void shouldContinueSequenceAfterReopeningAnExistingJournal()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            journal.appendControl(0, RECEIVE_TIME_NS, ControlType.ENGINE_START, 0, "");
            for (long sequence = 1; sequence <= 5; sequence++)
            {
                journal.appendInput(sequence, RECEIVE_TIME_NS + sequence, trade, 0, trade.capacity());
            }
            journal.appendControl(5, RECEIVE_TIME_NS + 6, ControlType.ENGINE_STOP, 0, "");
        }

        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            final long lastSequence;
            try (JournalReader reader = journal.newReader())
            {
                lastSequence = reader.lastEngineSequence();
            }
            assertEquals(5, lastSequence);

            for (long sequence = lastSequence + 1; sequence <= lastSequence + 3; sequence++)
            {
                journal.appendInput(sequence, RECEIVE_TIME_NS + sequence, trade, 0, trade.capacity());
            }
            assertEquals(3, journal.documentsWritten());
        }

        try (JournalReader reader = JournalReader.open(directory))
        {
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 5L, 6L, 7L, 8L), RecordingListener.readAll(reader).sequences());
            assertEquals(8, reader.lastEngineSequence());
        }
    }

    @Test
    void shouldCountDocumentsAndEnvelopeBytes()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            assertEquals(JournalReader.NO_INDEX, journal.lastIndexAppended());
            journal.appendInput(1, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            journal.appendInput(2, RECEIVE_TIME_NS, trade, 0, trade.capacity());

            assertEquals(2, journal.documentsWritten());
            assertEquals(2L * (30 + 47), journal.bytesWritten());
            try (JournalReader reader = journal.newReader())
            {
                assertEquals(reader.lastIndex(), journal.lastIndexAppended());
            }
        }
    }

    @Test
    void shouldOpenFromConfiguration()
    {
        final JournalConfig config = new JournalConfig(JournalMode.ENABLED, directory, RollCycleKind.FAST_HOURLY);
        try (ChronicleJournal journal = ChronicleJournal.open(config))
        {
            journal.appendControl(0, RECEIVE_TIME_NS, ControlType.ENGINE_START, 0, "from config");
            assertEquals(directory, journal.directory());
        }

        try (JournalReader reader = JournalReader.open(directory))
        {
            assertEquals(1, RecordingListener.readAll(reader).records.size());
        }
    }

    @Test
    void shouldAppendOnAThreadOtherThanTheOneThatOpenedIt() throws InterruptedException
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            final Thread writer = new Thread(() ->
            {
                try
                {
                    journal.appendInput(1, RECEIVE_TIME_NS, trade, 0, trade.capacity());
                }
                catch (final Throwable ex)
                {
                    failure.set(ex);
                }
            });
            writer.start();
            writer.join();
        }

        assertEquals(null, failure.get());
        try (JournalReader reader = JournalReader.open(directory))
        {
            assertEquals(List.of(1L), RecordingListener.readAll(reader).sequences());
        }
    }

    @Test
    void shouldRefuseARejectedInputWithoutAReason()
    {
        final UnsafeBuffer bytes = new UnsafeBuffer(new byte[4]);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            assertThrows(IllegalArgumentException.class,
                () -> journal.appendRejected(1, RECEIVE_TIME_NS, RejectReason.NONE.value(), bytes, 0, 4));
            assertThrows(IllegalArgumentException.class,
                () -> journal.appendRejected(1, RECEIVE_TIME_NS, 200, bytes, 0, 4));
            assertEquals(0, journal.documentsWritten());
        }
    }

    @Test
    void shouldPollNoMoreThanTheLimit()
    {
        final UnsafeBuffer trade = TestMessages.trade(1, RECEIVE_TIME_NS, 100, 1);
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY))
        {
            for (long sequence = 1; sequence <= 10; sequence++)
            {
                journal.appendInput(sequence, RECEIVE_TIME_NS, trade, 0, trade.capacity());
            }

            try (JournalReader reader = journal.newReader())
            {
                final RecordingListener listener = new RecordingListener();
                assertEquals(4, reader.poll(listener, 4));
                assertEquals(4, reader.poll(listener, 4));
                assertEquals(2, reader.poll(listener, 4));
                assertEquals(0, reader.poll(listener, 4));
                assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), listener.sequences());

                journal.appendInput(11, RECEIVE_TIME_NS, trade, 0, trade.capacity());
                assertEquals(1, reader.poll(listener, 4));
                assertTrue(listener.corrupt.isEmpty());
            }
        }
    }

    private static void assertRecord(
        final RecordingListener.Read read,
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final RejectReason rejectReason,
        final byte[] payload)
    {
        assertEquals(engineSequence, read.engineSequence());
        assertEquals(receiveTimeNs, read.receiveTimeNs());
        assertEquals(kind, read.kind());
        assertEquals(rejectReason.value(), read.rejectReason());
        assertArrayEquals(payload, read.payload());
    }

    private static byte[] bytes(final UnsafeBuffer buffer)
    {
        final byte[] bytes = new byte[buffer.capacity()];
        buffer.getBytes(0, bytes);
        return bytes;
    }
}
