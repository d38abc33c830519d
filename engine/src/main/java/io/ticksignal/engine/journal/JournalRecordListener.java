package io.ticksignal.engine.journal;

import io.ticksignal.codecs.sbe.EventKind;
import org.agrona.DirectBuffer;

/**
 * Receives the records a {@link JournalReader} reads, as primitives and a view of the payload.
 * <p>
 * Thread: called on the thread that polls the reader. The buffers are views into the mapped
 * journal, valid only during the call: copy what must be kept.
 */
public interface JournalRecordListener
{
    /**
     * One well-formed record.
     *
     * @param index          the Chronicle index of the document (cycle and sequence in cycle).
     * @param engineSequence the engine sequence of the event.
     * @param receiveTimeNs  engine receive time (for CONTROL, the engine clock time), ns since the epoch.
     * @param kind           INPUT, REJECTED_INPUT, OUTPUT, SHADOW_OUTPUT or CONTROL.
     * @param rejectReason   the {@code RejectReason} value; {@code NONE} (0) unless kind is REJECTED_INPUT.
     * @param payload        buffer holding the embedded message, header included: market data for
     *                       INPUT (checked by {@code MessageValidator}), the bytes as received for
     *                       REJECTED_INPUT (not checked), a {@code Signal} for OUTPUT and SHADOW_OUTPUT, a
     *                       {@code ControlEvent} for CONTROL.
     * @param offset         where the payload starts in {@code payload}.
     * @param length         payload length in bytes.
     */
    void onRecord(
        long index,
        long engineSequence,
        long receiveTimeNs,
        EventKind kind,
        int rejectReason,
        DirectBuffer payload,
        int offset,
        int length);

    /**
     * A document that is not a well-formed record: its envelope fails {@code MessageValidator} or
     * is not a {@code JournalRecord}, its kind and reject reason disagree, or the payload of an
     * INPUT, OUTPUT, SHADOW_OUTPUT or CONTROL record is not a valid message of the kind's templates. The reader
     * moves on to the next document.
     *
     * @param index    the Chronicle index of the document.
     * @param reason   a {@code RejectReason} value saying what is wrong: TRUNCATED, UNKNOWN_SCHEMA,
     *                 UNSUPPORTED_VERSION, UNKNOWN_TEMPLATE (not the expected message), MALFORMED or
     *                 INVALID_BOOK_LEVEL.
     * @param document buffer holding the whole document.
     * @param offset   where the document starts in {@code document}.
     * @param length   document length in bytes.
     */
    void onCorruptRecord(long index, int reason, DirectBuffer document, int offset, int length);
}
