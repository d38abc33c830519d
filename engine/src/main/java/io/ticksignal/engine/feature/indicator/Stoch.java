package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code stoch(k,sk,d)}: slow stochastic. Fast %K = 100 * (close - lowest low(k)) / (highest high(k) - lowest low(k))
 * (0 on a zero range); {@code k} = SMA(sk) of fast %K, {@code d} = SMA(d) of that (TA-Lib STOCH, SMA types).
 * Warm after k + sk + d - 2 bars.
 */
public final class Stoch implements Indicator
{
    private static final String[] OUTPUTS = {"k", "d"};

    private final int warmUpCount;
    private final RawStochastic fastK;
    private final WindowSum slowK;
    private final WindowSum slowD;
    private long rejectedCount;

    /**
     * STOCH(5, 3, 3), TA-Lib's defaults.
     */
    public Stoch()
    {
        this(5, 3, 3);
    }

    /**
     * @param fastKPeriod high/low window in bars, at least 1.
     * @param slowKPeriod smoothing of fast %K into slow %K, at least 1.
     * @param slowDPeriod smoothing of slow %K into slow %D, at least 1.
     */
    public Stoch(final int fastKPeriod, final int slowKPeriod, final int slowDPeriod)
    {
        this.fastK = new RawStochastic(ArgumentChecks.requireAtLeast("fastKPeriod", fastKPeriod, 1));
        this.slowK = new WindowSum(ArgumentChecks.requireAtLeast("slowKPeriod", slowKPeriod, 1));
        this.slowD = new WindowSum(ArgumentChecks.requireAtLeast("slowDPeriod", slowDPeriod, 1));
        this.warmUpCount = fastKPeriod + slowKPeriod + slowDPeriod - 2;
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
        if (Double.isNaN(rawK))
        {
            return;
        }
        slowK.push(rawK);
        if (slowK.isFull())
        {
            slowD.push(slowK.sum() / slowK.count());
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
        if (!slowD.isFull())
        {
            return Double.NaN;
        }
        return output == 0 ? slowK.sum() / slowK.count() : slowD.sum() / slowD.count();
    }

    @Override
    public boolean isWarm()
    {
        return slowD.isFull();
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
        slowK.reset();
        slowD.reset();
        rejectedCount = 0;
    }
}
