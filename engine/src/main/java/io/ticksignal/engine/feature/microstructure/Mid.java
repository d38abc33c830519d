package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.indicator.OutputNames;

/**
 * {@code mid}: mid price of the latest quote, {@code (bid + ask) / 2}, in price units.
 * <p>
 * Reads quotes only; warm after 1 valid quote (warm-up count 1); NaN on trade-only data. Invalid or crossed quotes
 * are rejected and counted. O(1), allocation-free, single-threaded.
 */
public final class Mid implements MarketFeature
{
    private double value = Double.NaN;
    private long rejectedCount;

    /**
     * Create it, not warm.
     */
    public Mid()
    {
    }

    @Override
    public void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!EventChecks.isValidQuote(bidPrice, bidSize, askPrice, askSize))
        {
            rejectedCount++;
            return;
        }
        value = 0.5 * (bidPrice + askPrice);
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
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        value = Double.NaN;
        rejectedCount = 0;
    }
}
