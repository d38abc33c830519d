package io.ticksignal.engine.journal;

import org.agrona.DirectBuffer;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;

/**
 * Decodes the SBE message embedded in a journal record (header included) and hands it, wrapped in a reused decoder,
 * to the {@link Handler} method of its type; other templates go to {@link Handler#onOtherTemplate}. For tools that
 * read journals (datasets, backtests); the engine's own decode stage validates as it decodes and does not use it.
 * One thread; allocation: none.
 */
public final class PayloadDispatcher
{
    private static final int HEADER_LENGTH = MessageHeaderDecoder.ENCODED_LENGTH;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final QuoteDecoder quote = new QuoteDecoder();
    private final BookUpdateDecoder bookUpdate = new BookUpdateDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final SignalDecoder signal = new SignalDecoder();

    /**
     * What a journal reader does with each message type; every method does nothing unless overridden.
     */
    public interface Handler
    {
        /**
         * @param trade the trade, wrapped.
         */
        default void onTrade(final TradeDecoder trade)
        {
        }

        /**
         * @param quote the quote, wrapped.
         */
        default void onQuote(final QuoteDecoder quote)
        {
        }

        /**
         * @param update the book update, wrapped.
         */
        default void onBookUpdate(final BookUpdateDecoder update)
        {
        }

        /**
         * @param bar the bar, wrapped.
         */
        default void onBar(final BarDecoder bar)
        {
        }

        /**
         * @param signal the signal, wrapped.
         */
        default void onSignal(final SignalDecoder signal)
        {
        }

        /**
         * @param templateId a template this dispatcher does not decode (e.g. a control event).
         */
        default void onOtherTemplate(final int templateId)
        {
        }
    }

    /**
     * @param payload the record's payload buffer.
     * @param offset  where the embedded message (its header first) starts.
     * @param handler told the message.
     */
    public void dispatch(final DirectBuffer payload, final int offset, final Handler handler)
    {
        header.wrap(payload, offset);
        final int bodyOffset = offset + HEADER_LENGTH;
        final int blockLength = header.blockLength();
        final int version = header.version();
        switch (header.templateId())
        {
            case TradeDecoder.TEMPLATE_ID -> handler.onTrade(trade.wrap(payload, bodyOffset, blockLength, version));
            case QuoteDecoder.TEMPLATE_ID -> handler.onQuote(quote.wrap(payload, bodyOffset, blockLength, version));
            case BookUpdateDecoder.TEMPLATE_ID ->
                handler.onBookUpdate(bookUpdate.wrap(payload, bodyOffset, blockLength, version));
            case BarDecoder.TEMPLATE_ID -> handler.onBar(bar.wrap(payload, bodyOffset, blockLength, version));
            case SignalDecoder.TEMPLATE_ID -> handler.onSignal(signal.wrap(payload, bodyOffset, blockLength, version));
            default -> handler.onOtherTemplate(header.templateId());
        }
    }
}
