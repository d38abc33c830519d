package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowPowerSums;

/**
 * {@code kurt(n)}: sample-adjusted excess kurtosis G2 = ((n + 1) m4 / m2^2 - 3(n - 1)) (n - 1) / ((n - 2)(n - 3)) (as Excel
 * KURT, pandas) of the last n one-bar log returns ln(close / prior close), m_k population central moments; 0 when the
 * returns are constant. Closes not finite and &gt; 0 are rejected. O(1) power sums (O(n) re-anchor on a regime change).
 * Warm after n + 1 bars.
 */
public final class Kurt implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final WindowPowerSums returns;
    private int closeCount;
    private double previousClose;
    private long rejectedCount;

    /**
     * @param period number of one-bar returns in the window, at least 4.
     */
    public Kurt(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 4);
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
        return returns.isFull() ? sampleExcessKurtosis(returns.centralMoment2(), returns.centralMoment4(), period) : Double.NaN;
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
     * @param m4 fourth central moment.
     * @param n  sample size, at least 4.
     * @return G2, or 0 when m2 is 0.
     */
    static double sampleExcessKurtosis(final double m2, final double m4, final int n)
    {
        if (m2 == 0.0)
        {
            return 0.0;
        }
        return ((n + 1) * (m4 / (m2 * m2)) - 3.0 * (n - 1)) * (n - 1) / ((double)(n - 2) * (n - 3));
    }
}
