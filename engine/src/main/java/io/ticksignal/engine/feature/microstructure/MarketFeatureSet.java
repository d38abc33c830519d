package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;

/**
 * Drives a fixed group of {@link MarketFeature}s of one instrument together with its {@link OrderBook}, so that
 * trade, quote and depth features see one consistent view:
 * <ul>
 *   <li>a trade goes to every feature's {@code onTrade};</li>
 *   <li>a quote goes to every feature's {@code onQuote} (each validates and counts it); if the book accepts it as
 *       level 0, every feature's {@code onBook} follows;</li>
 *   <li>a book update is applied to the book; if accepted, every feature's {@code onBook} follows, and when the
 *       update touched level 0 and both sides have a level, every {@code onQuote} gets the new top of book (so
 *       top-of-book features work on depth-only feeds).</li>
 * </ul>
 * Zero allocation per event; single-threaded.
 */
public final class MarketFeatureSet
{
    private final OrderBook book = new OrderBook();
    private final MarketFeature[] features;

    /**
     * @param features the features to drive, in call order (the array is copied).
     */
    public MarketFeatureSet(final MarketFeature... features)
    {
        this.features = features.clone();
    }

    /**
     * Pass a trade to every feature.
     *
     * @see MarketFeature#onTrade
     */
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        for (final MarketFeature feature : features)
        {
            feature.onTrade(timeNs, price, size, aggressor);
        }
    }

    /**
     * Pass a quote to every feature and, if valid, apply it to the book as level 0.
     *
     * @return {@link OrderBook#APPLIED} or the book's rejection code.
     * @see MarketFeature#onQuote
     */
    public int onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        for (final MarketFeature feature : features)
        {
            feature.onQuote(timeNs, bidPrice, bidSize, askPrice, askSize);
        }
        final int result = book.applyQuote(bidPrice, bidSize, askPrice, askSize);
        if (result == OrderBook.APPLIED)
        {
            notifyBook(timeNs);
        }
        return result;
    }

    /**
     * Apply a market-by-price update to the book and tell the features.
     *
     * @return {@link OrderBook#APPLIED} or the book's rejection code.
     * @see OrderBook#apply
     */
    public int onBookUpdate(
        final long timeNs, final BookSide side, final int level, final BookAction action, final double price,
        final double size)
    {
        final int result = book.apply(side, level, action, price, size);
        if (result != OrderBook.APPLIED)
        {
            return result;
        }
        notifyBook(timeNs);
        if (level == 0 && book.levels(BookSide.BID) > 0 && book.levels(BookSide.ASK) > 0)
        {
            final double bidPrice = book.price(BookSide.BID, 0);
            final double bidSize = book.size(BookSide.BID, 0);
            final double askPrice = book.price(BookSide.ASK, 0);
            final double askSize = book.size(BookSide.ASK, 0);
            for (final MarketFeature feature : features)
            {
                feature.onQuote(timeNs, bidPrice, bidSize, askPrice, askSize);
            }
        }
        return result;
    }

    private void notifyBook(final long timeNs)
    {
        for (final MarketFeature feature : features)
        {
            feature.onBook(timeNs, book);
        }
    }

    /**
     * @return the instrument's book (read-only use, on the driving thread).
     */
    public OrderBook book()
    {
        return book;
    }

    /**
     * @param index position in the constructor's array.
     * @return that feature.
     */
    public MarketFeature feature(final int index)
    {
        return features[index];
    }

    /**
     * @return number of features driven.
     */
    public int featureCount()
    {
        return features.length;
    }

    /**
     * Reset the book and every feature.
     */
    public void reset()
    {
        book.reset();
        for (final MarketFeature feature : features)
        {
            feature.reset();
        }
    }
}
