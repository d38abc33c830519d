package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;

/**
 * One instrument's market-by-price book, up to {@link #MAX_DEPTH} levels per side in pre-sized primitive arrays;
 * level 0 is the best. Zero allocation per update; single-threaded (one writer, readers on the same thread).
 * <p>
 * {@link #apply} takes a {@code BookUpdate}: NEW inserts a level at its index and shifts deeper levels down (the
 * deepest falls off a full side); CHANGE replaces the price and size at an existing index; DELETE removes an
 * existing index and shifts deeper levels up (its price and size are not read). {@link #applyQuote} sets level 0
 * of both sides and drops deeper levels that the new best price makes stale (priced at or through it).
 * An update is rejected, counted and not applied when it would leave a gap, break the strict price order of a
 * side, or cross the book (best bid above best ask; locked is fine), or when its price is not finite and &gt; 0
 * or its size not finite and &gt; 0 (a quote's sizes may be 0). The {@code apply*} methods return
 * {@link #APPLIED} or a rejection reason.
 */
public final class OrderBook
{
    /** Levels kept per side. */
    public static final int MAX_DEPTH = 20;

    /** Return code: the update was applied. */
    public static final int APPLIED = 0;
    /**
     * Return code: the level index is out of range, would leave a gap or names a missing level; or the side or
     * action is not a valid enum value.
     */
    public static final int REJECTED_LEVEL = 1;
    /** Return code: a price or size is not valid. */
    public static final int REJECTED_VALUE = 2;
    /** Return code: the price would break the side's strict price order. */
    public static final int REJECTED_ORDER = 3;
    /** Return code: the update would cross the book. */
    public static final int REJECTED_CROSSED = 4;

    private final double[] bidPrices = new double[MAX_DEPTH];
    private final double[] bidSizes = new double[MAX_DEPTH];
    private final double[] askPrices = new double[MAX_DEPTH];
    private final double[] askSizes = new double[MAX_DEPTH];
    private int bidLevels;
    private int askLevels;
    private long rejectedCount;

    /**
     * Apply one market-by-price update.
     *
     * @param side   which side.
     * @param level  level index, 0 = best.
     * @param action NEW, CHANGE or DELETE.
     * @param price  the level's price (not read for DELETE).
     * @param size   the level's total quantity (not read for DELETE).
     * @return {@link #APPLIED} or a {@code REJECTED_*} code.
     */
    public int apply(
        final BookSide side, final int level, final BookAction action, final double price, final double size)
    {
        if (side != BookSide.BID && side != BookSide.ASK)
        {
            rejectedCount++;
            return REJECTED_LEVEL;
        }
        final boolean bid = side == BookSide.BID;
        final int levels = bid ? bidLevels : askLevels;
        final int result = check(bid, levels, level, action, price, size);
        if (result != APPLIED)
        {
            rejectedCount++;
            return result;
        }
        final double[] prices = bid ? bidPrices : askPrices;
        final double[] sizes = bid ? bidSizes : askSizes;
        int newLevels = levels;
        if (action == BookAction.NEW)
        {
            final int moved = Math.min(levels, MAX_DEPTH - 1) - level;
            System.arraycopy(prices, level, prices, level + 1, moved);
            System.arraycopy(sizes, level, sizes, level + 1, moved);
            newLevels = Math.min(levels + 1, MAX_DEPTH);
        }
        else if (action == BookAction.DELETE)
        {
            System.arraycopy(prices, level + 1, prices, level, levels - level - 1);
            System.arraycopy(sizes, level + 1, sizes, level, levels - level - 1);
            newLevels = levels - 1;
        }
        if (action != BookAction.DELETE)
        {
            prices[level] = price;
            sizes[level] = size;
        }
        if (bid)
        {
            bidLevels = newLevels;
        }
        else
        {
            askLevels = newLevels;
        }
        return APPLIED;
    }

    private int check(
        final boolean bid, final int levels, final int level, final BookAction action, final double price,
        final double size)
    {
        if (action == BookAction.DELETE)
        {
            return level >= 0 && level < levels ? APPLIED : REJECTED_LEVEL;
        }
        final boolean isNew = action == BookAction.NEW;
        if (level < 0 || level >= MAX_DEPTH || level > levels || (!isNew && level == levels) ||
            (action != BookAction.CHANGE && !isNew))
        {
            return REJECTED_LEVEL;
        }
        if (!EventChecks.isValidPrice(price) || !(size > 0.0 && size < Double.POSITIVE_INFINITY))
        {
            return REJECTED_VALUE;
        }
        final double[] prices = bid ? bidPrices : askPrices;
        final double sign = bid ? 1.0 : -1.0;
        final int below = isNew ? level : level + 1;
        if ((level > 0 && !(sign * (prices[level - 1] - price) > 0.0)) ||
            (below < levels && !(sign * (price - prices[below]) > 0.0)))
        {
            return REJECTED_ORDER;
        }
        if (level == 0 && (bid ? askLevels > 0 && price > askPrices[0] : bidLevels > 0 && bidPrices[0] > price))
        {
            return REJECTED_CROSSED;
        }
        return APPLIED;
    }

    /**
     * Set level 0 of both sides from a quote; deeper levels priced at or better than the new best are dropped.
     *
     * @param bidPrice best bid price, finite and &gt; 0.
     * @param bidSize  best bid quantity, finite and &ge; 0.
     * @param askPrice best ask price, finite, &gt; 0 and &ge; bidPrice.
     * @param askSize  best ask quantity, finite and &ge; 0.
     * @return {@link #APPLIED}, {@link #REJECTED_VALUE} or {@link #REJECTED_CROSSED}.
     */
    public int applyQuote(final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!EventChecks.isValidPrice(bidPrice) || !EventChecks.isValidPrice(askPrice) ||
            !EventChecks.isValidSize(bidSize) || !EventChecks.isValidSize(askSize))
        {
            rejectedCount++;
            return REJECTED_VALUE;
        }
        if (bidPrice > askPrice)
        {
            rejectedCount++;
            return REJECTED_CROSSED;
        }
        bidLevels = setTop(bidPrices, bidSizes, bidLevels, bidPrice, bidSize, 1.0);
        askLevels = setTop(askPrices, askSizes, askLevels, askPrice, askSize, -1.0);
        return APPLIED;
    }

    private static int setTop(
        final double[] prices, final double[] sizes, final int levels, final double price, final double size,
        final double sign)
    {
        int stale = 1;
        while (stale < levels && !(sign * (price - prices[stale]) > 0.0))
        {
            stale++;
        }
        final int kept = Math.max(levels - stale, 0);
        System.arraycopy(prices, stale, prices, 1, kept);
        System.arraycopy(sizes, stale, sizes, 1, kept);
        prices[0] = price;
        sizes[0] = size;
        return kept + 1;
    }

    /**
     * @param side which side.
     * @return number of levels present on that side, 0 to {@link #MAX_DEPTH}.
     */
    public int levels(final BookSide side)
    {
        return side == BookSide.BID ? bidLevels : askLevels;
    }

    /**
     * @param side  which side.
     * @param level index in [0, levels(side)).
     * @return the level's price; undefined for a missing level.
     */
    public double price(final BookSide side, final int level)
    {
        return side == BookSide.BID ? bidPrices[level] : askPrices[level];
    }

    /**
     * @param side  which side.
     * @param level index in [0, levels(side)).
     * @return the level's quantity; undefined for a missing level.
     */
    public double size(final BookSide side, final int level)
    {
        return side == BookSide.BID ? bidSizes[level] : askSizes[level];
    }

    /**
     * @param side      which side.
     * @param maxLevels how many of the best levels to add up.
     * @return total quantity of the best {@code min(maxLevels, levels(side))} levels, 0 for an empty side.
     */
    public double quantity(final BookSide side, final int maxLevels)
    {
        final double[] sizes = side == BookSide.BID ? bidSizes : askSizes;
        final int levels = Math.min(maxLevels, side == BookSide.BID ? bidLevels : askLevels);
        double total = 0.0;
        for (int level = 0; level < levels; level++)
        {
            total += sizes[level];
        }
        return total;
    }

    /**
     * @return how many updates and quotes were rejected since construction or the last {@link #reset()}.
     */
    public long rejectedCount()
    {
        return rejectedCount;
    }

    /**
     * Empty both sides and zero the rejected count.
     */
    public void reset()
    {
        bidLevels = 0;
        askLevels = 0;
        rejectedCount = 0;
    }
}
