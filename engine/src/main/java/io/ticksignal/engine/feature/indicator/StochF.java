package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code stochf(k,d)}: fast stochastic. {@code k} = 100 * (close - lowest low(k)) / (highest high(k) - lowest low(k))
 * (0 on a zero range), {@code d} = SMA(d) of k (TA-Lib STOCHF, SMA type). Warm after k + d - 1 bars.
 */
public final class StochF implements Indicator
{
    private static final String[] OUTPUTS = {"k", "d"};

    private final int warmUpCount;
    private final RawStochastic fastK;
    private final WindowSum fastD;
    private double lastK = Double.NaN;
    private long rejectedCount;

    /**
     * STOCHF(5, 3), TA-Lib's defaults.
     */
    public StochF()
    {
        this(5, 3);
    }

    /**
     * @param fastKPeriod high/low window in bars, at least 1.
     * @param fastDPeriod smoothing of %K into %D, at least 1.
     */
    public StochF(final int fastKPeriod, final int fastDPeriod)
    {
        this.fastK = new RawStochastic(ArgumentChecks.requireAtLeast("fastKPeriod", fastKPeriod, 1));
        this.fastD = new WindowSum(ArgumentChecks.requireAtLeast("fastDPeriod", fastDPeriod, 1));
        this.warmUpCount = fastKPeriod + fastDPeriod - 1;
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        final double rawK = fastK.push(high, low, close);
        if (!Double.isNaN(rawK))
        {
            lastK = rawK;
            fastD.push(rawK);
        }
    }

    @Override
    public int outputCount()
    {
        return OUTPUTS.length;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.of(OUTPUTS, output);
    }

    @Override
    public double value(final int output)
    {
        if (!fastD.isFull())
        {
            return Double.NaN;
        }
        return output == 0 ? lastK : fastD.sum() / fastD.count();
    }

    @Override
    public boolean isWarm()
    {
        return fastD.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return warmUpCount;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        fastK.reset();
        fastD.reset();
        lastK = Double.NaN;
        rejectedCount = 0;
    }
}
