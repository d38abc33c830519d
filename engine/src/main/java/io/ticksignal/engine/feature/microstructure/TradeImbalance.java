package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code trade_imbalance(n)}: signed share of the volume of the last n trades,
 * {@code sum(sign * size) / sum(size)} in [-1, 1], with the {@link TradeSign trade_sign} classification;
 * NaN while the window's volume is 0.
 * <p>
 * Reads trades, and quotes for the sign; warm after n valid trades (warm-up count n); works on trade-only data.
 * Bad trades and bad or crossed quotes are rejected and counted. Running sums re-anchored every n trades.
 * O(1), allocation-free after construction, single-threaded.
 */
public final class TradeImbalance extends SingleOutputMarketFeature
{
    private final int windowLength;
    private final TradeSignRule rule = new TradeSignRule();
    private final WindowSum signedSizes;
    private final WindowSum sizes;

    /**
     * @param windowLength n, the number of trades, 1 to 2^24.
     */
    public TradeImbalance(final int windowLength)
    {
        this.windowLength = FeatureArguments.requireWindow("n", windowLength);
        this.signedSizes = new WindowSum(windowLength);
        this.sizes = new WindowSum(windowLength);
    }

    @Override
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        if (!EventChecks.isValidTrade(price, size))
        {
            reject();
            return;
        }
        signedSizes.push(rule.classify(price, aggressor) * size);
        sizes.push(size);
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
        final double volume = sizes.sum();
        return sizes.isFull() && volume > 0.0 ? signedSizes.sum() / volume : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(value(0));
    }

    @Override
    public int warmUpCount()
    {
        return windowLength;
    }

    @Override
    void clear()
    {
        rule.reset();
        signedSizes.reset();
        sizes.reset();
    }
}
