package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * The resting quantities of the best {@code min(levels, present)} levels of each side of the {@link OrderBook};
 * shared by {@link Depth} and {@link Imbalance}, which differ only in how they combine the two. NaN while a side is
 * empty; warm-up count 1; the book counts rejections, so the rejected count stays 0. O(levels), allocation-free,
 * single-threaded.
 */
abstract class BookQuantities extends SingleOutputMarketFeature
{
    private final int levels;
    private double value = Double.NaN;

    /**
     * @param levels how many of the best levels per side to add up, 1 to {@link OrderBook#MAX_DEPTH}.
     */
    BookQuantities(final int levels)
    {
        this.levels = ArgumentChecks.requireInRange("levels", levels, 1, OrderBook.MAX_DEPTH);
    }

    @Override
    public void onBook(final long timeNs, final OrderBook book)
    {
        if (book.levels(BookSide.BID) == 0 || book.levels(BookSide.ASK) == 0)
        {
            value = Double.NaN;
            return;
        }
        final double bidQuantity = book.quantity(BookSide.BID, levels);
        final double askQuantity = book.quantity(BookSide.ASK, levels);
        value = combine(bidQuantity, askQuantity);
    }

    @Override
    public double value(final int output)
    {
        return value;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(value);
    }

    @Override
    public int warmUpCount()
    {
        return 1;
    }

    @Override
    void clear()
    {
        value = Double.NaN;
    }

    /**
     * @param bidQuantity quantity at the best levels of the bid side, at least 0.
     * @param askQuantity quantity at the best levels of the ask side, at least 0.
     * @return the feature's value.
     */
    abstract double combine(double bidQuantity, double askQuantity);
}
