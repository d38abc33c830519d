package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarEncoder;
import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.BookUpdateEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.QuoteEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes test inputs into one reused buffer; each method returns the message length.
 */
final class Inputs
{
    final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final QuoteEncoder quote = new QuoteEncoder();
    private final BookUpdateEncoder book = new BookUpdateEncoder();
    private final BarEncoder bar = new BarEncoder();

    int trade(
        final long instrumentId, final long timeNs, final long priceMantissa, final int priceExponent,
        final long sizeMantissa, final int sizeExponent, final long tradeId)
    {
        trade.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .timestampNs(timeNs)
            .aggressor(AggressorSide.UNKNOWN)
            .tradeId(tradeId);
        trade.price().mantissa(priceMantissa).exponent((byte)priceExponent);
        trade.size().mantissa(sizeMantissa).exponent((byte)sizeExponent);
        return MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    int trade(final long instrumentId, final long timeNs, final long priceCents, final long tradeId)
    {
        return trade(instrumentId, timeNs, priceCents, -2, 100_000_000L, -8, tradeId);
    }

    int quote(
        final long instrumentId, final long timeNs, final long bidCents, final long bidSize, final long askCents,
        final long askSize)
    {
        quote.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .timestampNs(timeNs);
        quote.bidPrice().mantissa(bidCents).exponent((byte)-2);
        quote.bidSize().mantissa(bidSize).exponent((byte)0);
        quote.askPrice().mantissa(askCents).exponent((byte)-2);
        quote.askSize().mantissa(askSize).exponent((byte)0);
        return MessageHeaderEncoder.ENCODED_LENGTH + quote.encodedLength();
    }

    int book(
        final long instrumentId, final long timeNs, final BookSide side, final int level, final BookAction action,
        final long priceCents, final long size)
    {
        book.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .timestampNs(timeNs)
            .side(side)
            .level((short)level)
            .action(action);
        book.price().mantissa(priceCents).exponent((byte)-2);
        book.size().mantissa(size).exponent((byte)0);
        return MessageHeaderEncoder.ENCODED_LENGTH + book.encodedLength();
    }

    int bar(
        final long instrumentId, final long startNs, final long intervalNs, final long openCents,
        final long highCents, final long lowCents, final long closeCents, final long volume)
    {
        bar.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .startTimeNs(startNs)
            .intervalNs(intervalNs)
            .tradeCount(0L);
        bar.openPrice().mantissa(openCents).exponent((byte)-2);
        bar.highPrice().mantissa(highCents).exponent((byte)-2);
        bar.lowPrice().mantissa(lowCents).exponent((byte)-2);
        bar.closePrice().mantissa(closeCents).exponent((byte)-2);
        bar.volume().mantissa(volume).exponent((byte)0);
        return MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength();
    }
}
