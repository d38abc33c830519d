package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * An estimator {@code sigma = sqrt(variance of the last n log returns ln(close / previousClose))}, times
 * {@code sqrt(annualize)}; shared by {@link RealizedVol} and {@link VolClose}, which differ only in how they window
 * the returns. Reads the close only; warm after n + 1 bars. Single-threaded; allocates only in its constructor.
 */
abstract class CloseReturnEstimator extends VolatilityEstimator
{
    private final double scale;
    private double previousClose = Double.NaN;

    /**
     * @param period        number of returns n.
     * @param minimumPeriod the smallest n allowed.
     * @param annualize     factor N; the value is multiplied by sqrt(N).
     */
    CloseReturnEstimator(final int period, final int minimumPeriod, final double annualize)
    {
        super(ArgumentChecks.requireAtLeast("period", period, minimumPeriod) + 1);
        this.scale = EstimatorArguments.annualizeScale(annualize);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!EstimatorArguments.isValidPrice(close))
        {
            reject();
            return;
        }
        if (previousClose == previousClose)
        {
            if (pushReturn(Math.log(close / previousClose)))
            {
                publish(scale * Math.sqrt(windowVariance()));
            }
        }
        previousClose = close;
    }

    @Override
    void clear()
    {
        clearReturns();
        previousClose = Double.NaN;
    }

    /**
     * @param logReturn the newest one-bar log return.
     * @return true once the window holds n returns.
     */
    abstract boolean pushReturn(double logReturn);

    /**
     * @return the variance of the full window, at least 0.
     */
    abstract double windowVariance();

    /**
     * Forget the returns.
     */
    abstract void clearReturns();
}
