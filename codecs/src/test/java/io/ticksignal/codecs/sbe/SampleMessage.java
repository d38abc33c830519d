package io.ticksignal.codecs.sbe;

import org.agrona.MutableDirectBuffer;

/**
 * Every message of the schema as one of {@link SampleMessages}' samples, for tests that must hold
 * for each message kind.
 */
public enum SampleMessage
{
    TRADE(TradeDecoder.TEMPLATE_ID, TradeDecoder.BLOCK_LENGTH)
    {
        @Override
        public int encode(final MutableDirectBuffer buffer, final int offset)
        {
            return SampleMessages.encodeTrade(buffer, offset);
        }
    },

    QUOTE(QuoteDecoder.TEMPLATE_ID, QuoteDecoder.BLOCK_LENGTH)
    {
        @Override
        public int encode(final MutableDirectBuffer buffer, final int offset)
        {
            return SampleMessages.encodeQuote(buffer, offset);
        }
    },

    BOOK_UPDATE(BookUpdateDecoder.TEMPLATE_ID, BookUpdateDecoder.BLOCK_LENGTH)
    {
        @Override
        public int encode(final MutableDirectBuffer buffer, final int offset)
        {
            return SampleMessages.encodeBookUpdate(buffer, offset);
        }
    },

    BAR(BarDecoder.TEMPLATE_ID, BarDecoder.BLOCK_LENGTH)
    {
        @Override
        public int encode(final MutableDirectBuffer buffer, final int offset)
        {
            return SampleMessages.encodeBar(buffer, offset);
        }
    },

    SIGNAL(SignalDecoder.TEMPLATE_ID, SignalDecoder.BLOCK_LENGTH)
    {
        @Override
        public int encode(final MutableDirectBuffer buffer, final int offset)
        {
            return SampleMessages.encodeSignal(buffer, offset);
        }
    },

    JOURNAL_RECORD(JournalRecordDecoder.TEMPLATE_ID, JournalRecordDecoder.BLOCK_LENGTH)
    {
        @Override
        public int encode(final MutableDirectBuffer buffer, final int offset)
        {
            return SampleMessages.encodeJournalRecord(buffer, offset);
        }
    },

    CONTROL_EVENT(ControlEventDecoder.TEMPLATE_ID, ControlEventDecoder.BLOCK_LENGTH)
    {
        @Override
        public int encode(final MutableDirectBuffer buffer, final int offset)
        {
            return SampleMessages.encodeControlEvent(buffer, offset);
        }
    };

    private final int templateId;
    private final int blockLength;

    SampleMessage(final int templateId, final int blockLength)
    {
        this.templateId = templateId;
        this.blockLength = blockLength;
    }

    /**
     * Encodes this sample at {@code offset}.
     *
     * @return bytes written, header included.
     */
    public abstract int encode(MutableDirectBuffer buffer, int offset);

    /**
     * The message's templateId.
     */
    public int templateId()
    {
        return templateId;
    }

    /**
     * The message's block length in this schema version.
     */
    public int blockLength()
    {
        return blockLength;
    }
}
