package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowPowerSums;

/**
 * {@code skew(n)}: sample-adjusted skewness G1 = sqrt(n(n - 1)) / (n - 2) * m3 / m2^1.5 (as Excel SKEW, pandas) of the last
 * n one-bar log returns ln(close / prior close), m_k population central moments; 0 when the returns are constant.
 * Closes not finite and &gt; 0 are rejected. O(1) power sums (O(n) re-anchor on a regime change). Warm after n + 1 bars.
 */
public final class Skew implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final WindowPowerSums returns;
    private int closeCount;
    private double previousClose;
    private long rejectedCount;

    /**
     * @param period number of one-bar returns in the window, at least 3.
     */
    public Skew(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 3);
        this.returns = new WindowPowerSums(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!LogRet.isPositivePrice(close))
        {
            rejectedCount++;
            return;
        }
        if (closeCount > 0)
        {
            returns.push(Math.log(close / previousClose));
        }
        else
        {
            closeCount = 1;
        }
        previousClose = close;
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
        return returns.isFull() ? sampleSkewness(returns.centralMoment2(), returns.centralMoment3(), period) : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return returns.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        returns.reset();
        closeCount = 0;
        previousClose = 0.0;
        rejectedCount = 0;
    }

    /**
     * @param m2 population variance, at least 0.
     * @param m3 third central moment.
     * @param n  sample size, at least 3.
     * @return G1, or 0 when m2 is 0.
     */
    static double sampleSkewness(final double m2, final double m3, final int n)
    {
        if (m2 == 0.0)
        {
            return 0.0;
        }
        return Math.sqrt((double)n * (n - 1)) / (n - 2) * (m3 / (m2 * Math.sqrt(m2)));
    }
}
