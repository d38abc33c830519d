package io.ticksignal.codecs.wire;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.Decimal64Decoder;
import io.ticksignal.codecs.sbe.JournalRecordDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.SampleMessage;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Test frames: samples encoded into buffers of exactly their own size (so that any read past the
 * frame fails Agrona's bounds check), and a full decode with the generated decoders that touches
 * every field, group entry and var-data byte.
 */
final class Frames
{
    static final int HEADER_LENGTH = MessageHeaderDecoder.ENCODED_LENGTH;

    private Frames()
    {
    }

    /**
     * The sample encoded into a buffer of exactly its length.
     */
    static UnsafeBuffer encoded(final SampleMessage message)
    {
        final UnsafeBuffer scratch = new UnsafeBuffer(new byte[1024]);
        final int length = message.encode(scratch, 0);

        return copyOf(scratch, 0, length);
    }

    /**
     * A copy of {@code length} bytes of {@code source} from {@code offset}, in a buffer of exactly
     * that capacity.
     */
    static UnsafeBuffer copyOf(final DirectBuffer source, final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        source.getBytes(offset, bytes, 0, length);

        return new UnsafeBuffer(bytes);
    }

    /**
     * Offset in the frame of a field at {@code fieldOffset} in the root block.
     */
    static int blockField(final int fieldOffset)
    {
        return HEADER_LENGTH + fieldOffset;
    }

    /**
     * Offset in the frame of the exponent of a Decimal64 at {@code fieldOffset} in the root block.
     */
    static int exponentOf(final int fieldOffset)
    {
        return HEADER_LENGTH + fieldOffset + Decimal64Decoder.exponentEncodingOffset();
    }

    /**
     * Offset in the frame of the mantissa of a Decimal64 at {@code fieldOffset} in the root block.
     */
    static int mantissaOf(final int fieldOffset)
    {
        return HEADER_LENGTH + fieldOffset + Decimal64Decoder.mantissaEncodingOffset();
    }

    /**
     * Decodes every field of the message at {@code offset} with the generated decoders, enums
     * included, and answers where the message ends relative to {@code offset}. Throws if the
     * decoders meet a bad enum value or read outside the buffer.
     */
    static int decodeFully(final DirectBuffer buffer, final int offset)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, offset);
        final int blockOffset = offset + HEADER_LENGTH;
        final int blockLength = header.blockLength();
        final int version = header.version();
        switch (header.templateId())
        {
            case TradeDecoder.TEMPLATE_ID:
            {
                final TradeDecoder d = new TradeDecoder().wrap(buffer, blockOffset, blockLength, version);
                d.instrumentId();
                d.timestampNs();
                decimal(d.price());
                decimal(d.size());
                d.aggressor();
                d.tradeId();
                return d.limit() - offset;
            }

            case QuoteDecoder.TEMPLATE_ID:
            {
                final QuoteDecoder d = new QuoteDecoder().wrap(buffer, blockOffset, blockLength, version);
                d.instrumentId();
                d.timestampNs();
                decimal(d.bidPrice());
                decimal(d.bidSize());
                decimal(d.askPrice());
                decimal(d.askSize());
                return d.limit() - offset;
            }

            case BookUpdateDecoder.TEMPLATE_ID:
            {
                final BookUpdateDecoder d = new BookUpdateDecoder().wrap(buffer, blockOffset, blockLength, version);
                d.instrumentId();
                d.timestampNs();
                d.side();
                d.level();
                d.action();
                decimal(d.price());
                decimal(d.size());
                return d.limit() - offset;
            }

            case BarDecoder.TEMPLATE_ID:
            {
                final BarDecoder d = new BarDecoder().wrap(buffer, blockOffset, blockLength, version);
                d.instrumentId();
                d.startTimeNs();
                d.intervalNs();
                decimal(d.openPrice());
                decimal(d.highPrice());
                decimal(d.lowPrice());
                decimal(d.closePrice());
                decimal(d.volume());
                d.tradeCount();
                return d.limit() - offset;
            }

            case SignalDecoder.TEMPLATE_ID:
            {
                final SignalDecoder d = new SignalDecoder().wrap(buffer, blockOffset, blockLength, version);
                d.instrumentId();
                d.eventTimeNs();
                d.direction();
                d.confidence();
                d.modelId();
                d.modelVersion();
                d.engineSequence();
                d.ingressToDecisionNs();
                final SignalDecoder.ProbabilitiesDecoder probabilities = d.probabilities();
                while (probabilities.hasNext())
                {
                    probabilities.next();
                    probabilities.label();
                    probabilities.probability();
                }
                return d.limit() - offset;
            }

            case JournalRecordDecoder.TEMPLATE_ID:
            {
                final JournalRecordDecoder d =
                    new JournalRecordDecoder().wrap(buffer, blockOffset, blockLength, version);
                d.engineSequence();
                d.receiveTimeNs();
                d.kind();
                d.rejectReason();
                final byte[] payload = new byte[d.payloadLength()];
                d.getPayload(payload, 0, payload.length);
                return d.limit() - offset;
            }

            case ControlEventDecoder.TEMPLATE_ID:
            {
                final ControlEventDecoder d = new ControlEventDecoder().wrap(buffer, blockOffset, blockLength, version);
                d.controlType();
                d.timestampNs();
                d.modelVersion();
                d.detail();
                return d.limit() - offset;
            }

            default:
                throw new IllegalArgumentException("not a template of ours: " + header.templateId());
        }
    }

    private static void decimal(final Decimal64Decoder decimal)
    {
        decimal.mantissa();
        decimal.exponent();
    }
}
