package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code zscore(n)}: {@code (close - sma(n)) / stddev(n)} over the last n closes (this bar included), population
 * standard deviation (divisor n, as {@code stddev}); 0 when the window is constant. Not in TA-Lib. Warm after n bars.
 */
public final class ZScore extends VarianceWindow
{
    /**
     * @param period window length in bars, at least 2.
     */
    public ZScore(final int period)
    {
        super(period, Input.CLOSE);
    }

    @Override
    double statistic()
    {
        return newestZScore(window);
    }

    /**
     * @param window a non-empty window.
     * @return (newest - mean) / population standard deviation of the window, 0 when that deviation is 0; the
     * numerator is taken against the double-double mean so that it keeps its digits when newest is close to the mean.
     */
    static double newestZScore(final WindowVariance window)
    {
        final double variance = window.populationVariance();
        if (variance == 0.0)
        {
            return 0.0;
        }
        return window.deviationFromMean(window.get(0)) / Math.sqrt(variance);
    }
}
