package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.OutputNames;
import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code vol_close(n)}: close-to-close volatility, the sample standard deviation (divisor n - 1) of
 * the last n log returns {@code r = ln(close / previousClose)}; warm after n + 1 bars; per-bar sigma,
 * times {@code sqrt(annualize)} if given. Reads the close only.
 */
public final class VolClose implements Indicator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "vol_close";

    private final int warmUpCount;
    private final double scale;
    private final WindowVariance returns;
    private double previousClose = Double.NaN;
    private double value = Double.NaN;
    private long rejectedCount;

    /**
     * @param period number of returns n, at least 2.
     */
    public VolClose(final int period)
    {
        this(period, 1.0);
    }

    /**
     * @param period    number of returns n, at least 2.
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     */
    public VolClose(final int period, final double annualize)
    {
        ArgumentChecks.requireAtLeast("period", period, 2);
        this.warmUpCount = period + 1;
        this.scale = EstimatorArguments.annualizeScale(annualize);
        this.returns = new WindowVariance(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!EstimatorArguments.isValidPrice(close))
        {
            rejectedCount++;
            return;
        }
        if (previousClose == previousClose)
        {
            returns.push(Math.log(close / previousClose));
            if (returns.isFull())
            {
                value = scale * Math.sqrt(returns.sampleVariance());
            }
        }
        previousClose = close;
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
        OutputNames.single(output);
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
        returns.reset();
        previousClose = Double.NaN;
        value = Double.NaN;
        rejectedCount = 0;
    }
}
