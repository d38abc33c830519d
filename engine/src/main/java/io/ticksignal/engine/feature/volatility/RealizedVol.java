package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code realized_vol(n)}: realized volatility over the last n bars,
 * {@code sqrt(sum of r^2)} with {@code r = ln(close / previousClose)} over n returns (not divided by
 * n, no mean removed: an n-bar quantity); warm after n + 1 bars; times {@code sqrt(annualize)} if
 * given (so pass N = bars per year / n to annualise). Reads the close only.
 */
public final class RealizedVol extends CloseReturnEstimator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "realized_vol";

    private final WindowSum squaredReturns;

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
        super(period, 1, annualize);
        this.squaredReturns = new WindowSum(period);
    }

    @Override
    boolean pushReturn(final double logReturn)
    {
        squaredReturns.push(logReturn * logReturn);
        return squaredReturns.isFull();
    }

    @Override
    double windowVariance()
    {
        return Math.max(0.0, squaredReturns.sum());
    }

    @Override
    void clearReturns()
    {
        squaredReturns.reset();
    }
}
