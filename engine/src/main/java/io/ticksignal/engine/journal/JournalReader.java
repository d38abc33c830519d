package io.ticksignal.engine.journal;

import java.nio.file.Path;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.JournalRecordDecoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads a journal in append order and hands each record to a {@link JournalRecordListener} as
 * primitives and a view of the payload; a document that is not a well-formed record goes to
 * {@link JournalRecordListener#onCorruptRecord} with its index, and reading goes on.
 * <p>
 * Reading starts at the first record; {@link #moveToIndex(long)} and
 * {@link #toStartOfLastCycle()} reposition it (recovery replays the last cycle's inputs). Only
 * complete documents are read: a document that a crashed writer left half-written ends the
 * readable journal, and a reader on a journal that another process still appends to sees new
 * records on later polls.
 * <p>
 * Thread: one thread at a time. Allocation: {@link #poll} and {@link #readAll} allocate nothing
 * per record; the inspection methods ({@link #lastEngineSequence()},
 * {@link #firstIndexOfLastCycle()}) create a short-lived tailer.
 */
public final class JournalReader implements AutoCloseable
{
    /**
     * An index meaning "none": the journal is empty or nothing was appended.
     */
    public static final long NO_INDEX = -1L;

    /**
     * {@link #lastEngineSequence()} of a journal with no well-formed record: the SBE null value
     * of {@code engineSequence}, {@link Long#MIN_VALUE}.
     */
    public static final long NO_SEQUENCE = JournalRecordDecoder.engineSequenceNullValue();

    private static final int READ_ALL_BATCH = 4096;
    private static final UnsafeBuffer EMPTY = new UnsafeBuffer(new byte[0]);

    private final SingleChronicleQueue queue;
    private final boolean ownsQueue;
    private final ExcerptTailer tailer;
    private final JournalRecordAdapter adapter = new JournalRecordAdapter();
    private final UnsafeBuffer documentView = new UnsafeBuffer(0, 0);
    private final ExpandableArrayBuffer documentCopy = new ExpandableArrayBuffer(256);
    private final LastSequenceProbe lastSequenceProbe = new LastSequenceProbe();
    private boolean closed;

    private JournalReader(final SingleChronicleQueue queue, final boolean ownsQueue)
    {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.tailer = queue.createTailer();
        tailer.singleThreadedCheckReset();
    }

    /**
     * Opens the journal at {@code directory} read-only. It may be one that another process is
     * writing, or one that a process left without closing.
     *
     * @param directory the queue directory.
     * @return a reader at the start of the journal; close it when done.
     * @throws IllegalArgumentException when {@code directory} is not a directory.
     */
    public static JournalReader open(final Path directory)
    {
        return new JournalReader(JournalQueues.openForRead(directory), true);
    }

    static JournalReader over(final SingleChronicleQueue queue)
    {
        return new JournalReader(queue, false);
    }

    /**
     * Reads up to {@code limit} documents from the current position and hands each to the listener.
     * A listener that throws has consumed its document: the next poll continues after it.
     * Allocation: none.
     *
     * @param listener receives each record, or the corruption of a document.
     * @param limit    the most documents to read in this call.
     * @return the number of documents read (well-formed and corrupt); 0 at the end of the journal.
     */
    public int poll(final JournalRecordListener listener, final int limit)
    {
        int count = 0;
        while (count < limit && readOne(tailer, listener))
        {
            count++;
        }

        return count;
    }

    /**
     * Reads every document from the current position to the end of the journal as it is now.
     * Allocation: none.
     *
     * @param listener receives each record, or the corruption of a document.
     * @return the number of documents read.
     */
    public long readAll(final JournalRecordListener listener)
    {
        long total = 0;
        int read;
        while ((read = poll(listener, READ_ALL_BATCH)) > 0)
        {
            total += read;
        }

        return total;
    }

    /**
     * Moves to the first record of the journal.
     *
     * @return this reader.
     */
    public JournalReader toStart()
    {
        tailer.toStart();
        return this;
    }

    /**
     * Moves so that the next record read is the one at {@code index}.
     *
     * @param index a Chronicle index, as given to the listener.
     * @return true when the journal holds that index (or it is the next to be written), false
     * when it does not and the position is unchanged.
     */
    public boolean moveToIndex(final long index)
    {
        return tailer.moveToIndex(index);
    }

    /**
     * Moves to the first record of the last cycle, the one holding the last record: where
     * recovery starts rebuilding state.
     *
     * @return true when positioned there, false when the journal is empty (the position is then
     * the start).
     */
    public boolean toStartOfLastCycle()
    {
        final long firstIndex = firstIndexOfLastCycle();
        if (NO_INDEX == firstIndex)
        {
            tailer.toStart();
            return false;
        }

        return tailer.moveToIndex(firstIndex);
    }

    /**
     * The reader's position: the index of the next document it will read, once the journal holds
     * one (0 while the journal is empty).
     *
     * @return a Chronicle index.
     */
    public long nextIndex()
    {
        return tailer.index();
    }

    /**
     * @return true when the journal holds no complete document.
     */
    public boolean isEmpty()
    {
        return lastIndex() == NO_INDEX;
    }

    /**
     * @return the index of the last complete document, or {@link #NO_INDEX} when empty.
     */
    public long lastIndex()
    {
        final long lastIndex = queue.lastIndex();
        return lastIndex < 0 ? NO_INDEX : lastIndex;
    }

    /**
     * The index of the first record of the cycle that holds the last record (the current cycle
     * of a running engine). Allocation: a short-lived tailer.
     *
     * @return the index, or {@link #NO_INDEX} when the journal is empty.
     */
    public long firstIndexOfLastCycle()
    {
        final long lastIndex = lastIndex();
        if (NO_INDEX == lastIndex)
        {
            return NO_INDEX;
        }

        final int lastCycle = queue.rollCycle().toCycle(lastIndex);
        try (ExcerptTailer probe = queue.createTailer())
        {
            return probe.moveToCycle(lastCycle) ? probe.index() : NO_INDEX;
        }
    }

    /**
     * The engine sequence of the last well-formed record, so that a restarted engine continues
     * the sequence. Corrupt documents at the end are passed over. Allocation: a short-lived tailer.
     *
     * @return the engine sequence, or {@link #NO_SEQUENCE} when there is no well-formed record.
     */
    public long lastEngineSequence()
    {
        lastSequenceProbe.reset();
        try (ExcerptTailer backward = queue.createTailer())
        {
            backward.direction(TailerDirection.BACKWARD).toEnd();
            while (!lastSequenceProbe.found && readOne(backward, lastSequenceProbe))
            {
                // Each document read moves one back; stop at the first well-formed one.
            }
        }

        return lastSequenceProbe.engineSequence;
    }

    /**
     * Releases the tailer, and the queue when this reader opened it. Idempotent.
     */
    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            try
            {
                tailer.singleThreadedCheckReset();
                tailer.close();
            }
            finally
            {
                if (ownsQueue)
                {
                    queue.close();
                }
            }
        }
    }

    private boolean readOne(final ExcerptTailer from, final JournalRecordListener listener)
    {
        try (DocumentContext document = from.readingDocument())
        {
            if (!document.isPresent())
            {
                return false;
            }

            final Bytes<?> bytes = document.wire().bytes();
            final int length = (int)Math.min(bytes.readRemaining(), Integer.MAX_VALUE);
            adapter.onDocument(document.index(), view(bytes, length), 0, length, listener);

            return true;
        }
    }

    private DirectBuffer view(final Bytes<?> bytes, final int length)
    {
        if (0 == length)
        {
            return EMPTY;
        }

        if (bytes.isDirectMemory())
        {
            documentView.wrap(bytes.addressForRead(bytes.readPosition(), length), length);
            return documentView;
        }

        documentCopy.checkLimit(length);
        bytes.read(documentCopy.byteArray(), 0, length);
        return documentCopy;
    }

    /**
     * Keeps the engine sequence of the first well-formed record it is given.
     */
    private static final class LastSequenceProbe implements JournalRecordListener
    {
        private boolean found;
        private long engineSequence = NO_SEQUENCE;

        void reset()
        {
            found = false;
            engineSequence = NO_SEQUENCE;
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
            found = true;
            this.engineSequence = engineSequence;
        }

        @Override
        public void onCorruptRecord(
            final long index, final int reason, final DirectBuffer document, final int offset, final int length)
        {
            // Passed over: the last sequence is that of the last well-formed record.
        }
    }
}
