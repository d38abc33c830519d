package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.OutputNames;
import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code realized_vol(n)}: realized volatility over the last n bars,
 * {@code sqrt(sum of r^2)} with {@code r = ln(close / previousClose)} over n returns (not divided by
 * n, no mean removed: an n-bar quantity); warm after n + 1 bars; times {@code sqrt(annualize)} if
 * given (so pass N = bars per year / n to annualise). Reads the close only.
 */
public final class RealizedVol implements Indicator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "realized_vol";

    private final int warmUpCount;
    private final double scale;
    private final WindowSum squaredReturns;
    private double previousClose = Double.NaN;
    private double value = Double.NaN;
    private long rejectedCount;

    /**
     * @param period number of returns n, at least 1.
     */
    public RealizedVol(final int period)
    {
        this(period, 1.0);
    }

    /**
     * @param period    number of returns n, at least 1.
     * @param annualize factor N; the value is multiplied by sqrt(N).
     */
    public RealizedVol(final int period, final double annualize)
    {
        ArgumentChecks.requireAtLeast("period", period, 1);
        this.warmUpCount = period + 1;
        this.scale = EstimatorArguments.annualizeScale(annualize);
        this.squaredReturns = new WindowSum(period);
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
            final double logReturn = Math.log(close / previousClose);
            squaredReturns.push(logReturn * logReturn);
            if (squaredReturns.isFull())
            {
                value = scale * Math.sqrt(Math.max(0.0, squaredReturns.sum()));
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
        squaredReturns.reset();
        previousClose = Double.NaN;
        value = Double.NaN;
        rejectedCount = 0;
    }
}
