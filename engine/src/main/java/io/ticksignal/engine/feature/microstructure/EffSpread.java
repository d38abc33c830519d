package io.ticksignal.engine.feature.microstructure;

/**
 * {@code eff_spread}: effective spread of the latest trade as a fraction of the mid, {@code 2 * |price - mid| / mid},
 * where mid is the prevailing mid (latest valid quote) when the trade arrives.
 * <p>
 * Reads trades and quotes; warm after the first valid trade that follows a valid quote (warm-up count 1); NaN on
 * trade-only data. Bad trades and bad or crossed quotes are rejected and counted. O(1), allocation-free,
 * single-threaded.
 */
public final class EffSpread extends SingleOutputMarketFeature
{
    private double mid = Double.NaN;
    private double value = Double.NaN;

    /**
     * Create it, not warm.
     */
    public EffSpread()
    {
    }

    @Override
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        if (!EventChecks.isValidTrade(price, size))
        {
            reject();
            return;
        }
        if (!Double.isNaN(mid))
        {
            value = 2.0 * Math.abs(price - mid) / mid;
        }
    }

    @Override
    public void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!EventChecks.isValidQuote(bidPrice, bidSize, askPrice, askSize))
        {
            reject();
            return;
        }
        mid = 0.5 * (bidPrice + askPrice);
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
        mid = Double.NaN;
        value = Double.NaN;
    }
}
