package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code var(n)}: population variance of the close over n bars, divisor n (TA-Lib VAR; never negative, exactly 0
 * for a constant window). Compensated running sums in double-double
 * arithmetic ({@link WindowVariance}), re-anchored every n bars. Warm after n bars.
 */
public final class Variance extends VarianceWindow
{
    /**
     * @param period window length in bars, at least 2.
     */
    public Variance(final int period)
    {
        super(period, Input.CLOSE);
    }

    @Override
    double statistic()
    {
        return window.populationVariance();
    }
}
