package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code realized_spread(h)}: realized spread of the trade h trades ago, as a fraction of its mid,
 * {@code 2 * s(k-h) * (p(k-h) - m(k)) / m(k-h)}, where k is the latest trade, s the {@link TradeSign trade_sign},
 * p the price and m(j) the prevailing mid (latest valid quote) when trade j arrived. The delay h is counted in
 * trades, not time.
 * <p>
 * Reads trades and quotes; warm-up count h + 1 trades once quotes flow; NaN while either mid is missing or the
 * older trade is unclassified, hence always NaN on trade-only data. Bad trades and bad or crossed quotes are
 * rejected and counted. O(1), allocation-free after construction, single-threaded.
 */
public final class RealizedSpread extends SingleOutputMarketFeature
{
    private final int horizonTrades;
    private final int ringLength;
    private final TradeSignRule rule = new TradeSignRule();
    private final double[] prices;
    private final double[] signs;
    private final double[] mids;
    private int head;
    private int count;
    private double value = Double.NaN;

    /**
     * @param horizonTrades h, how many trades later the mid is taken, 1 to 2^24 - 1.
     */
    public RealizedSpread(final int horizonTrades)
    {
        this.horizonTrades = ArgumentChecks.requireInRange("h", horizonTrades, 1, FeatureArguments.MAX_WINDOW - 1);
        this.ringLength = horizonTrades + 1;
        this.prices = new double[ringLength];
        this.signs = new double[ringLength];
        this.mids = new double[ringLength];
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
        prices[head] = price;
        signs[head] = rule.classify(price, aggressor);
        mids[head] = mid;
        head = head + 1 == ringLength ? 0 : head + 1;
        if (count < ringLength)
        {
            count++;
        }
        if (count == ringLength)
        {
            // head now points at the oldest entry: the trade h trades before this one.
            final double sign = signs[head];
            final double result = 2.0 * sign * (prices[head] - mid) / mids[head];
            value = sign == 0.0 ? Double.NaN : result;
        }
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
        return horizonTrades + 1;
    }

    @Override
    void clear()
    {
        rule.reset();
        head = 0;
        count = 0;
        value = Double.NaN;
    }
}
