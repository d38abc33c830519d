package io.ticksignal.engine.feature.indicator;

/**
 * {@code skew(n)}: sample-adjusted skewness G1 = sqrt(n(n - 1)) / (n - 2) * m3 / m2^1.5 (as Excel SKEW, pandas) of the last
 * n one-bar log returns ln(close / prior close), m_k population central moments; 0 when the returns are constant.
 * Closes not finite and &gt; 0 are rejected. O(1) power sums (O(n) re-anchor on a regime change). Warm after n + 1 bars.
 */
public final class Skew extends LogReturnMoments
{
    /**
     * @param period number of one-bar returns in the window, at least 3.
     */
    public Skew(final int period)
    {
        super(period, 3);
    }

    @Override
    double statistic()
    {
        return sampleSkewness(returns.centralMoment2(), returns.centralMoment3(), period);
    }

    /**
     * @param m2 population variance, at least 0.
     * @param m3 third central moment.
     * @param n  sample size, at least 3.
     * @return G1, or 0 when m2 is 0.
     */
    static double sampleSkewness(final double m2, final double m3, final int n)
    {
        if (m2 == 0.0)
        {
            return 0.0;
        }
        return Math.sqrt((double)n * (n - 1)) / (n - 2) * (m3 / (m2 * Math.sqrt(m2)));
    }
}
