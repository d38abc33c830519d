package io.ticksignal.engine.feature.indicator;

/**
 * {@code kurt(n)}: sample-adjusted excess kurtosis G2 = ((n + 1) m4 / m2^2 - 3(n - 1)) (n - 1) / ((n - 2)(n - 3)) (as Excel
 * KURT, pandas) of the last n one-bar log returns ln(close / prior close), m_k population central moments; 0 when the
 * returns are constant. Closes not finite and &gt; 0 are rejected. O(1) power sums (O(n) re-anchor on a regime change).
 * Warm after n + 1 bars.
 */
public final class Kurt extends LogReturnMoments
{
    /**
     * @param period number of one-bar returns in the window, at least 4.
     */
    public Kurt(final int period)
    {
        super(period, 4);
    }

    @Override
    double statistic()
    {
        return sampleExcessKurtosis(returns.centralMoment2(), returns.centralMoment4(), period);
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
