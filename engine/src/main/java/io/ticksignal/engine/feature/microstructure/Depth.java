package io.ticksignal.engine.feature.microstructure;

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
public final class Depth extends BookQuantities
{
    /**
     * @param levels how many of the best levels per side to add up, 1 to {@link OrderBook#MAX_DEPTH}.
     */
    public Depth(final int levels)
    {
        super(levels);
    }

    @Override
    double combine(final double bidQuantity, final double askQuantity)
    {
        return bidQuantity + askQuantity;
    }
}
