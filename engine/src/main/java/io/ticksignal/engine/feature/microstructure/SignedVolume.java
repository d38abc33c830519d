package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code signed_volume(n)}: net initiated volume over the last n trades, {@code sum(sign * size)} in base units,
 * with the {@link TradeSign trade_sign} classification (an unclassified opening trade counts 0).
 * <p>
 * Reads trades, and quotes for the sign; warm after n valid trades (warm-up count n); works on trade-only data.
 * Bad trades and bad or crossed quotes are rejected and counted. Running sum re-anchored every n trades.
 * O(1), allocation-free after construction, single-threaded.
 */
public final class SignedVolume extends SingleOutputMarketFeature
{
    private final int windowLength;
    private final TradeSignRule rule = new TradeSignRule();
    private final WindowSum signedSizes;

    /**
     * @param windowLength n, the number of trades summed, 1 to 2^24.
     */
    public SignedVolume(final int windowLength)
    {
        this.windowLength = FeatureArguments.requireWindow("n", windowLength);
        this.signedSizes = new WindowSum(windowLength);
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
        return signedSizes.isFull() ? signedSizes.sum() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return signedSizes.isFull();
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
    }
}
