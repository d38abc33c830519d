package io.ticksignal.engine.journal;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.JournalRecordDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.wire.MessageValidator;
import org.agrona.DirectBuffer;

/**
 * Decodes one journal document, an SBE {@code JournalRecord} envelope, into a
 * {@link JournalRecordListener}: {@code onRecord} when the document is well formed, otherwise
 * {@code onCorruptRecord} with the reason.
 * <p>
 * Thread: one instance per thread. Allocation: none.
 */
final class JournalRecordAdapter
{
    private static final int NONE = RejectReason.NONE.value();
    private static final int UNKNOWN_TEMPLATE = RejectReason.UNKNOWN_TEMPLATE.value();
    private static final int MALFORMED = RejectReason.MALFORMED.value();
    private static final int HEADER_LENGTH = MessageHeaderDecoder.ENCODED_LENGTH;
    private static final int PAYLOAD_HEADER_LENGTH = JournalRecordDecoder.payloadHeaderLength();

    private final MessageValidator validator = new MessageValidator();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final JournalRecordDecoder recordDecoder = new JournalRecordDecoder();

    /**
     * Decodes the document of {@code length} bytes at {@code offset} and calls the listener once.
     *
     * @param index    the document's Chronicle index.
     * @param document buffer holding the document.
     * @param offset   where it starts.
     * @param length   its length in bytes.
     * @param listener receives the record or the corruption.
     */
    void onDocument(
        final long index,
        final DirectBuffer document,
        final int offset,
        final int length,
        final JournalRecordListener listener)
    {
        final int envelopeReason = checkEnvelope(document, offset, length);
        if (NONE != envelopeReason)
        {
            listener.onCorruptRecord(index, envelopeReason, document, offset, length);
            return;
        }

        headerDecoder.wrap(document, offset);
        final JournalRecordDecoder record = recordDecoder.wrap(
            document, offset + HEADER_LENGTH, headerDecoder.blockLength(), headerDecoder.version());
        final EventKind kind = record.kind();
        final int rejectReason = record.rejectReasonRaw();
        final int payloadLength = record.payloadLength();
        final int payloadOffset = record.limit() + PAYLOAD_HEADER_LENGTH;

        final int recordReason = checkRecord(kind, rejectReason, document, payloadOffset, payloadLength);
        if (NONE != recordReason)
        {
            listener.onCorruptRecord(index, recordReason, document, offset, length);
            return;
        }

        listener.onRecord(
            index,
            record.engineSequence(),
            record.receiveTimeNs(),
            kind,
            rejectReason,
            document,
            payloadOffset,
            payloadLength);
    }

    private int checkEnvelope(final DirectBuffer document, final int offset, final int length)
    {
        final int reason = validator.validate(document, offset, length);
        if (NONE != reason)
        {
            return reason;
        }

        if (JournalRecordDecoder.TEMPLATE_ID != validator.templateId())
        {
            return UNKNOWN_TEMPLATE;
        }

        // The writer puts exactly one envelope in a document; anything after it is damage.
        return validator.messageLength() == length ? NONE : MALFORMED;
    }

    private int checkRecord(
        final EventKind kind,
        final int rejectReason,
        final DirectBuffer document,
        final int payloadOffset,
        final int payloadLength)
    {
        if (EventKind.REJECTED_INPUT == kind)
        {
            return NONE != rejectReason ? NONE : MALFORMED;
        }

        if (NONE != rejectReason)
        {
            return MALFORMED;
        }

        final int payloadReason = validator.validate(document, payloadOffset, payloadLength);
        if (NONE != payloadReason)
        {
            return payloadReason;
        }

        return isExpectedTemplate(kind, validator.templateId()) ? NONE : UNKNOWN_TEMPLATE;
    }

    private static boolean isExpectedTemplate(final EventKind kind, final int templateId)
    {
        switch (kind)
        {
            case INPUT:
                return TradeDecoder.TEMPLATE_ID == templateId || QuoteDecoder.TEMPLATE_ID == templateId ||
                    BookUpdateDecoder.TEMPLATE_ID == templateId || BarDecoder.TEMPLATE_ID == templateId;

            case OUTPUT:
            case SHADOW_OUTPUT:
                return SignalDecoder.TEMPLATE_ID == templateId;

            case CONTROL:
                return ControlEventDecoder.TEMPLATE_ID == templateId;

            default:
                return false;
        }
    }
}
