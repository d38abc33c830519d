package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code stddev(n)}: population standard deviation of the close over n bars (TA-Lib STDDEV with nbDev 1, except
 * that TA-Lib reports 0 for any variance below 1e-8; exactly 0 here only for a constant window). Compensated running
 * sums in double-double arithmetic ({@link WindowVariance}), re-anchored every n bars. Warm after n bars.
 */
public final class StdDev extends VarianceWindow
{
    /**
     * @param period window length in bars, at least 2.
     */
    public StdDev(final int period)
    {
        super(period, Input.CLOSE);
    }

    @Override
    double statistic()
    {
        return Math.sqrt(window.populationVariance());
    }
}
