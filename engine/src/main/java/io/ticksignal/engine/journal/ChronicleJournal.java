package io.ticksignal.engine.journal;

import java.nio.file.Path;
import java.util.Objects;

import io.ticksignal.codecs.sbe.ControlEventEncoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.JournalRecordEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.VarDataEncodingEncoder;
import io.ticksignal.config.JournalConfig;
import io.ticksignal.config.RollCycleKind;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.SystemEpochClock;

/**
 * The journal writer: a {@link JournalSink} over a Chronicle Queue, one document per event, each
 * document an SBE {@code JournalRecord} envelope around the event's message (see the package
 * documentation for the layout).
 * <p>
 * Thread: a single writer. Open it on any thread, then append from one thread at a time (the
 * pipeline thread); hand it over between threads only with a happens-before edge (thread start or
 * join, or a queue). {@link #close()} after the writer has stopped.
 * <p>
 * Allocation: the data-path appends ({@link #appendInput}, {@link #appendRejected},
 * {@link #appendOutput}) encode into a reused scratch buffer and copy it into the mapped document,
 * so they allocate nothing once the scratch has grown to the largest message seen (Chronicle
 * itself allocates when it maps a new chunk or rolls to a new cycle file).
 * {@link #appendControl} encodes its detail text and may allocate.
 */
public final class ChronicleJournal implements JournalSink, AutoCloseable
{
    private static final int INITIAL_ENVELOPE_CAPACITY = 4096;
    private static final int INITIAL_CONTROL_CAPACITY = 512;
    private static final int MAX_PAYLOAD_LENGTH = (int)VarDataEncodingEncoder.lengthMaxValue();
    private static final long MAX_MODEL_VERSION = 0xFFFF_FFFEL;

    private final Path directory;
    private final SingleChronicleQueue queue;
    private final ExcerptAppender appender;
    private final ExpandableArrayBuffer envelopeBuffer = new ExpandableArrayBuffer(INITIAL_ENVELOPE_CAPACITY);
    private final ExpandableArrayBuffer controlBuffer = new ExpandableArrayBuffer(INITIAL_CONTROL_CAPACITY);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final JournalRecordEncoder recordEncoder = new JournalRecordEncoder();
    private final ControlEventEncoder controlEncoder = new ControlEventEncoder();

    private long documentsWritten;
    private long bytesWritten;
    private boolean closed;

    private ChronicleJournal(final Path directory, final SingleChronicleQueue queue)
    {
        this.directory = directory;
        this.queue = queue;
        this.appender = queue.createAppender();
        // The appender is bound to the first thread that uses it, which is the writer's thread.
        appender.singleThreadedCheckReset();
    }

    /**
     * Opens (or creates) the journal described by {@code config}, rolling by the system clock.
     * The caller decides whether the journal is enabled ({@link JournalConfig#mode()}).
     *
     * @param config the journal directory and roll cycle.
     * @return the open journal; close it when done.
     */
    public static ChronicleJournal open(final JournalConfig config)
    {
        return open(config.directory(), config.rollCycle(), SystemEpochClock.INSTANCE);
    }

    /**
     * Opens (or creates) the journal at {@code directory}, rolling by the system clock.
     *
     * @param directory the queue directory, created when absent.
     * @param rollCycle the roll cycle of a new journal; an existing journal keeps its own.
     * @return the open journal; close it when done.
     */
    public static ChronicleJournal open(final Path directory, final RollCycleKind rollCycle)
    {
        return open(directory, rollCycle, SystemEpochClock.INSTANCE);
    }

    /**
     * Opens (or creates) the journal at {@code directory} with an injected clock, which decides
     * the cycle (the file) each document goes to. Envelope times are the callers' and are not
     * taken from this clock.
     *
     * @param directory  the queue directory, created when absent.
     * @param rollCycle  the roll cycle of a new journal; an existing journal keeps its own.
     * @param epochClock ms since the epoch.
     * @return the open journal; close it when done.
     */
    public static ChronicleJournal open(
        final Path directory, final RollCycleKind rollCycle, final EpochClock epochClock)
    {
        return new ChronicleJournal(directory, JournalQueues.openForAppend(directory, rollCycle, epochClock));
    }

    /**
     * {@inheritDoc}
     * <p>
     * Allocation: none after warm-up.
     *
     * @throws IllegalArgumentException when the message is longer than 1,048,576 bytes.
     */
    @Override
    public void appendInput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset, final int length)
    {
        append(engineSequence, receiveTimeNs, EventKind.INPUT, RejectReason.NONE, message, offset, length);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Allocation: none after warm-up.
     *
     * @throws IllegalArgumentException when {@code rejectReason} is not a {@link RejectReason} value
     *                                  other than {@code NONE}, or the bytes are longer than 1,048,576.
     */
    @Override
    public void appendRejected(
        final long engineSequence,
        final long receiveTimeNs,
        final int rejectReason,
        final DirectBuffer message,
        final int offset,
        final int length)
    {
        final RejectReason reason = rejectReasonOf(rejectReason);
        append(engineSequence, receiveTimeNs, EventKind.REJECTED_INPUT, reason, message, offset, length);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Allocation: none after warm-up.
     *
     * @throws IllegalArgumentException when the message is longer than 1,048,576 bytes.
     */
    @Override
    public void appendOutput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset, final int length)
    {
        append(engineSequence, receiveTimeNs, EventKind.OUTPUT, RejectReason.NONE, message, offset, length);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Allocation: none after warm-up.
     *
     * @throws IllegalArgumentException when the message is longer than 1,048,576 bytes.
     */
    @Override
    public void appendShadowOutput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset, final int length)
    {
        append(engineSequence, receiveTimeNs, EventKind.SHADOW_OUTPUT, RejectReason.NONE, message, offset, length);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Written as an envelope of kind {@code CONTROL} whose receive time is {@code timeNs} and whose
     * payload is an SBE {@code ControlEvent} (type, {@code timeNs}, model version, detail).
     * Allocation: encodes {@code detail} to UTF-8.
     *
     * @throws IllegalArgumentException when {@code modelVersion} is outside [0, 2^32 - 2].
     * @throws IllegalStateException    when {@code detail} is longer than 65,536 bytes in UTF-8.
     */
    @Override
    public void appendControl(
        final long engineSequence, final long timeNs, final ControlType type, final long modelVersion, final String detail)
    {
        Objects.requireNonNull(type, "type");
        if (modelVersion < 0 || modelVersion > MAX_MODEL_VERSION)
        {
            throw new IllegalArgumentException("modelVersion must be in [0, " + MAX_MODEL_VERSION + "]: " + modelVersion);
        }

        controlEncoder.wrapAndApplyHeader(controlBuffer, 0, headerEncoder)
            .controlType(type)
            .timestampNs(timeNs)
            .modelVersion(modelVersion)
            .detail(null == detail ? "" : detail);
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + controlEncoder.encodedLength();

        append(engineSequence, timeNs, EventKind.CONTROL, RejectReason.NONE, controlBuffer, 0, length);
    }

    /**
     * Documents appended by this instance (not those already in the journal when it was opened).
     * Read on the writer thread (the pipeline copies it into its counters).
     *
     * @return the number of documents appended.
     */
    public long documentsWritten()
    {
        return documentsWritten;
    }

    /**
     * Envelope bytes appended by this instance: the SBE envelopes, excluding Chronicle's 4-byte
     * document headers and index. Read on the writer thread.
     *
     * @return the number of bytes appended.
     */
    public long bytesWritten()
    {
        return bytesWritten;
    }

    /**
     * The Chronicle index of the document this instance appended last. Writer thread.
     *
     * @return the index, or {@link JournalReader#NO_INDEX} when nothing was appended yet.
     */
    public long lastIndexAppended()
    {
        return 0 == documentsWritten ? JournalReader.NO_INDEX : appender.lastIndexAppended();
    }

    /**
     * @return the queue directory this journal writes to.
     */
    public Path directory()
    {
        return directory;
    }

    /**
     * A reader over this journal's queue, for recovery before the engine goes live. The reader
     * shares the queue and does not close it; close the reader before this journal.
     * Allocation: creates a tailer and the reader's decoders.
     *
     * @return a reader positioned at the start of the journal.
     */
    public JournalReader newReader()
    {
        return JournalReader.over(queue);
    }

    /**
     * Asks Chronicle to sync what this appender wrote to the file system (msync of the mapped
     * file), then releases the appender and the queue. Idempotent. Call after the writer thread
     * has stopped appending; appending afterwards throws Chronicle's {@code ClosedIllegalStateException}.
     */
    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            try
            {
                appender.singleThreadedCheckReset();
                appender.sync();
                appender.close();
            }
            finally
            {
                queue.close();
            }
        }
    }

    private void append(
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final RejectReason rejectReason,
        final DirectBuffer message,
        final int offset,
        final int length)
    {
        if (length < 0 || length > MAX_PAYLOAD_LENGTH)
        {
            throw new IllegalArgumentException("payload length must be in [0, " + MAX_PAYLOAD_LENGTH + "]: " + length);
        }

        recordEncoder.wrapAndApplyHeader(envelopeBuffer, 0, headerEncoder)
            .engineSequence(engineSequence)
            .receiveTimeNs(receiveTimeNs)
            .kind(kind)
            .rejectReason(rejectReason)
            .putPayload(message, offset, length);
        final int envelopeLength = MessageHeaderEncoder.ENCODED_LENGTH + recordEncoder.encodedLength();

        writeDocument(envelopeLength);
    }

    private void writeDocument(final int envelopeLength)
    {
        // Read the array after encoding: the scratch buffer may have grown into a new one.
        final byte[] envelope = envelopeBuffer.byteArray();
        try (DocumentContext document = appender.writingDocument())
        {
            try
            {
                document.wire().bytes().write(envelope, 0, envelopeLength);
            }
            catch (final RuntimeException | Error ex)
            {
                document.rollbackOnClose();
                throw ex;
            }
        }

        documentsWritten++;
        bytesWritten += envelopeLength;
    }

    private static RejectReason rejectReasonOf(final int rejectReason)
    {
        if (rejectReason <= RejectReason.NONE.value() || rejectReason >= RejectReason.NULL_VAL.value())
        {
            throw new IllegalArgumentException("not a rejection reason: " + rejectReason);
        }

        return RejectReason.get((short)rejectReason);
    }
}
