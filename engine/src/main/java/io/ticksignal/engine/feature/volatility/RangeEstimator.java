package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * A range-based estimator {@code sigma = sqrt(sum of per-bar terms / divisor)} over the last n bars, times
 * {@code sqrt(annualize)}; shared by {@link Parkinson}, {@link GarmanKlass} and {@link RogersSatchell}, which differ
 * only in the per-bar term, the divisor and which bars they accept. Warm after n bars. Single-threaded; allocates only
 * in its constructor.
 */
abstract class RangeEstimator extends VolatilityEstimator
{
    private final double scale;
    private final double divisor;
    private final WindowSum terms;

    /**
     * @param period    number of bars n, at least 1.
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     * @param divisor   what the sum of the terms is divided by.
     */
    RangeEstimator(final int period, final double annualize, final double divisor)
    {
        super(ArgumentChecks.requireAtLeast("period", period, 1));
        this.scale = EstimatorArguments.annualizeScale(annualize);
        this.divisor = divisor;
        this.terms = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!accepts(open, high, low, close))
        {
            reject();
            return;
        }
        terms.push(barTerm(open, high, low, close));
        if (terms.isFull())
        {
            publish(scale * Math.sqrt(Math.max(0.0, terms.sum()) / divisor));
        }
    }

    @Override
    void clear()
    {
        terms.reset();
    }

    /**
     * @param open  open price.
     * @param high  high price.
     * @param low   low price.
     * @param close close price.
     * @return true if the bar can be used; a consistent OHLC bar ({@link EstimatorArguments#isValidBar}) unless
     * overridden.
     */
    boolean accepts(final double open, final double high, final double low, final double close)
    {
        return EstimatorArguments.isValidBar(open, high, low, close);
    }

    /**
     * @param open  open price.
     * @param high  high price.
     * @param low   low price.
     * @param close close price.
     * @return the bar's variance term.
     */
    abstract double barTerm(double open, double high, double low, double close);
}
