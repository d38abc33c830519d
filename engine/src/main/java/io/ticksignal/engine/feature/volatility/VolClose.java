package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code vol_close(n)}: close-to-close volatility, the sample standard deviation (divisor n - 1) of
 * the last n log returns {@code r = ln(close / previousClose)}; warm after n + 1 bars; per-bar sigma,
 * times {@code sqrt(annualize)} if given. Reads the close only.
 */
public final class VolClose extends CloseReturnEstimator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "vol_close";

    private final WindowVariance returns;

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
        super(period, 2, annualize);
        this.returns = new WindowVariance(period);
    }

    @Override
    boolean pushReturn(final double logReturn)
    {
        returns.push(logReturn);
        return returns.isFull();
    }

    @Override
    double windowVariance()
    {
        return returns.sampleVariance();
    }

    @Override
    void clearReturns()
    {
        returns.reset();
    }
}
