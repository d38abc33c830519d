package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.AggressorSide;

/**
 * Classifies trades as buyer- (+1) or seller-initiated (-1), in this order of precedence:
 * <ol>
 *   <li>the feed's aggressor side, when it is BUY or SELL;</li>
 *   <li>the Lee–Ready quote test, when a valid quote has been seen: +1 above the prevailing mid, -1 below;</li>
 *   <li>the tick rule, at the mid or without quotes: +1 on an uptick from the previous trade's price, -1 on a
 *       downtick, and on a zero tick the sign of the last non-zero tick;</li>
 *   <li>0 (unclassified) while there has been no non-zero tick yet.</li>
 * </ol>
 * The prevailing mid is that of the latest valid quote; it does not expire. Every trade passed in moves the tick
 * reference, whichever rule classified it. Single-threaded; allocation-free.
 */
final class TradeSignRule
{
    private static final int BUY = AggressorSide.BUY.value();
    private static final int SELL = AggressorSide.SELL.value();

    private double mid = Double.NaN;
    private double previousPrice = Double.NaN;
    private int lastTickSign;

    /**
     * Take a quote as the prevailing one.
     *
     * @return false (and no change) if the quote is invalid, see {@link EventChecks#isValidQuote}.
     */
    boolean onQuote(final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!EventChecks.isValidQuote(bidPrice, bidSize, askPrice, askSize))
        {
            return false;
        }
        mid = 0.5 * (bidPrice + askPrice);
        return true;
    }

    /**
     * Classify a valid trade and make its price the tick reference.
     *
     * @param price     the trade price, valid.
     * @param aggressor the {@link AggressorSide} value.
     * @return +1, -1 or 0 (unclassified).
     */
    int classify(final double price, final int aggressor)
    {
        if (price > previousPrice)
        {
            lastTickSign = 1;
        }
        else if (price < previousPrice)
        {
            lastTickSign = -1;
        }
        previousPrice = price;

        if (aggressor == BUY)
        {
            return 1;
        }
        if (aggressor == SELL)
        {
            return -1;
        }
        if (price > mid)
        {
            return 1;
        }
        if (price < mid)
        {
            return -1;
        }
        return lastTickSign;
    }

    /**
     * @return the prevailing mid, NaN before the first valid quote.
     */
    double mid()
    {
        return mid;
    }

    /**
     * Forget quotes and trades.
     */
    void reset()
    {
        mid = Double.NaN;
        previousPrice = Double.NaN;
        lastTickSign = 0;
    }
}
