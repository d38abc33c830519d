package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowRegression;

/**
 * {@code kyle_lambda(n)}: price impact, the OLS slope of price change on signed volume over the last n pairs,
 * in price units per base unit. Each valid trade k after the first adds one pair: with quotes (a prevailing mid m
 * at both trade k-1 and trade k) {@code (s(k-1) * q(k-1), m(k) - m(k-1))}, the mid's move after trade k-1;
 * otherwise {@code (s(k) * q(k), p(k) - p(k-1))}, trade k's price change. s is the {@link TradeSign trade_sign},
 * q the size, p the price.
 * <p>
 * Reads trades, and quotes for the mid and sign; warm after n + 1 valid trades (warm-up count n + 1); works on
 * trade-only data; NaN while the window's signed volumes are all equal. Bad trades and bad or crossed quotes are
 * rejected and counted. Sums shifted and re-anchored every n trades. O(1), allocation-free after construction,
 * single-threaded.
 */
public final class KyleLambda extends SingleOutputMarketFeature
{
    private final int windowLength;
    private final TradeSignRule rule = new TradeSignRule();
    private final WindowRegression regression;
    private boolean hasPrevious;
    private double previousSignedSize;
    private double previousPrice;
    private double previousMid;

    /**
     * @param windowLength n, the number of (signed volume, price change) pairs, 2 to 2^24.
     */
    public KyleLambda(final int windowLength)
    {
        this.windowLength = ArgumentChecks.requireInRange("n", windowLength, 2, FeatureArguments.MAX_WINDOW);
        this.regression = new WindowRegression(windowLength);
    }

    @Override
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        if (!EventChecks.isValidTrade(price, size))
        {
            reject();
            return;
        }
        final double mid = rule.mid();
        final double signedSize = rule.classify(price, aggressor) * size;
        if (hasPrevious)
        {
            if (!Double.isNaN(mid) && !Double.isNaN(previousMid))
            {
                regression.push(previousSignedSize, mid - previousMid);
            }
            else
            {
                regression.push(signedSize, price - previousPrice);
            }
        }
        hasPrevious = true;
        previousSignedSize = signedSize;
        previousPrice = price;
        previousMid = mid;
    }

    @Override
    public void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!rule.onQuote(bidPrice, bidSize, askPrice, askSize))
        {
            reject();
        }
    }

    @Override
    public double value(final int output)
    {
        return regression.isFull() ? regression.slope() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(value(0));
    }

    @Override
    public int warmUpCount()
    {
        return windowLength + 1;
    }

    @Override
    void clear()
    {
        rule.reset();
        regression.reset();
        hasPrevious = false;
    }
}
