package io.ticksignal.engine.feature.microstructure;

/**
 * {@code imbalance(levels)}: depth imbalance over the best {@code levels} levels of each side,
 * {@code (bidQty - askQty) / (bidQty + askQty)} in [-1, 1], where each quantity is the sum of the sizes of that
 * side's best {@code min(levels, present)} levels; NaN if both quantities are 0.
 * <p>
 * Reads the {@link OrderBook} only ({@code onBook}; a quote counts as level 0 when driven by {@link MarketFeatureSet}).
 * Defined while both sides have at least one level: warm after 1 book change that leaves a two-sided book
 * (warm-up count 1), NaN again if a side empties; NaN on trade-only data. The book validates its input and counts
 * rejections ({@link OrderBook#rejectedCount()}), so this feature's own rejected count stays 0.
 * O(levels), allocation-free, single-threaded.
 */
public final class Imbalance extends BookQuantities
{
    /**
     * @param levels how many of the best levels per side to add up, 1 to {@link OrderBook#MAX_DEPTH}.
     */
    public Imbalance(final int levels)
    {
        super(levels);
    }

    @Override
    double combine(final double bidQuantity, final double askQuantity)
    {
        final double totalQuantity = bidQuantity + askQuantity;
        return totalQuantity > 0.0 ? (bidQuantity - askQuantity) / totalQuantity : Double.NaN;
    }
}
