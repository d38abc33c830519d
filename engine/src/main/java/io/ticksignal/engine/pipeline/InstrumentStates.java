package io.ticksignal.engine.pipeline;

import java.util.Arrays;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.engine.feature.microstructure.OrderBook;

/**
 * The per-instrument state the decode stage validates against, in arrays indexed by the dense instrument index:
 * the last accepted event time, the recent trade ids ({@link RecentTradeIds}) and a shadow {@link OrderBook} that
 * receives exactly the accepted quotes and book updates, so that a book update the features' book would refuse is
 * rejected (and journaled as rejected) before it reaches them. Checks do not change state; the {@code accept*}
 * methods do, and only for accepted inputs.
 * <p>
 * Single-threaded (the pipeline thread); allocation at construction only.
 */
final class InstrumentStates
{
    private static final int NONE = RejectReason.NONE.value();
    private static final int TIME_BACKWARDS = RejectReason.TIME_BACKWARDS.value();
    private static final int DUPLICATE_TRADE_ID = RejectReason.DUPLICATE_TRADE_ID.value();
    private static final int INVALID_BOOK_LEVEL = RejectReason.INVALID_BOOK_LEVEL.value();
    private static final int INVALID_PRICE = RejectReason.INVALID_PRICE.value();
    private static final int INVALID_SIZE = RejectReason.INVALID_SIZE.value();
    private static final int CROSSED_QUOTE = RejectReason.CROSSED_QUOTE.value();

    /** A trade id meaning "the feed gives none": the schema's int64 null value; never checked for duplicates. */
    static final long NO_TRADE_ID = Long.MIN_VALUE;

    private final long[] lastEventTimeNs;
    private final RecentTradeIds[] tradeIds;
    private final OrderBook[] books;

    InstrumentStates(final int instrumentCount)
    {
        lastEventTimeNs = new long[instrumentCount];
        Arrays.fill(lastEventTimeNs, Long.MIN_VALUE);
        tradeIds = new RecentTradeIds[instrumentCount];
        books = new OrderBook[instrumentCount];
        for (int i = 0; i < instrumentCount; i++)
        {
            tradeIds[i] = new RecentTradeIds();
            books[i] = new OrderBook();
        }
    }

    /**
     * @return TIME_BACKWARDS when the time is earlier than the instrument's last accepted event time (equal is
     * fine), else NONE.
     */
    int checkTime(final int index, final long eventTimeNs)
    {
        return eventTimeNs < lastEventTimeNs[index] ? TIME_BACKWARDS : NONE;
    }

    int checkTradeId(final int index, final long tradeId)
    {
        return NO_TRADE_ID != tradeId && tradeIds[index].contains(tradeId) ? DUPLICATE_TRADE_ID : NONE;
    }

    /**
     * Apply a book update to the shadow book if the book accepts it.
     *
     * @return NONE when applied; INVALID_BOOK_LEVEL for a gap, a missing level or a price out of the side's order;
     * INVALID_PRICE or INVALID_SIZE for a value the book refuses (a size of 0 on NEW/CHANGE); CROSSED_QUOTE when
     * it would cross the book.
     */
    int applyBookUpdate(
        final int index, final BookSide side, final int level, final BookAction action, final double price,
        final double size)
    {
        final int result = books[index].apply(side, level, action, price, size);
        switch (result)
        {
            case OrderBook.APPLIED:
                return NONE;
            case OrderBook.REJECTED_VALUE:
                return price > 0.0 && price < Double.POSITIVE_INFINITY ? INVALID_SIZE : INVALID_PRICE;
            case OrderBook.REJECTED_CROSSED:
                return CROSSED_QUOTE;
            default:
                return INVALID_BOOK_LEVEL;
        }
    }

    void acceptEvent(final int index, final long eventTimeNs)
    {
        lastEventTimeNs[index] = eventTimeNs;
    }

    void acceptTrade(final int index, final long eventTimeNs, final long tradeId)
    {
        lastEventTimeNs[index] = eventTimeNs;
        if (NO_TRADE_ID != tradeId)
        {
            tradeIds[index].add(tradeId);
        }
    }

    void acceptQuote(
        final int index, final long eventTimeNs, final double bidPrice, final double bidSize, final double askPrice,
        final double askSize)
    {
        lastEventTimeNs[index] = eventTimeNs;
        books[index].applyQuote(bidPrice, bidSize, askPrice, askSize);
    }
}
