package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.engine.feature.indicator.OutputNames;
import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code depth(levels)}: resting quantity near the touch, {@code bidQty + askQty}, the sum of the sizes of the
 * best {@code min(levels, present)} levels of both sides, in base units (e.g. BTC).
 * <p>
 * Reads the {@link OrderBook} only ({@code onBook}; a quote counts as level 0 when driven by {@link MarketFeatureSet}).
 * Defined while both sides have at least one level: warm after 1 book change that leaves a two-sided book
 * (warm-up count 1), NaN again if a side empties; NaN on trade-only data. The book validates its input and counts
 * rejections ({@link OrderBook#rejectedCount()}), so this feature's own rejected count stays 0.
 * O(levels), allocation-free, single-threaded.
 */
public final class Depth implements MarketFeature
{
    private final int levels;
    private double value = Double.NaN;

    /**
     * @param levels how many of the best levels per side to add up, 1 to {@link OrderBook#MAX_DEPTH}.
     */
    public Depth(final int levels)
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
        value = bidQuantity + askQuantity;
    }

    @Override
    public int outputCount()
    {
        return 1;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.single(output);
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
    public long rejectedCount()
    {
        return 0;
    }

    @Override
    public void reset()
    {
        value = Double.NaN;
    }
}
