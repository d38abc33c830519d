package io.ticksignal.engine.feature.volatility;

/**
 * {@code parkinson(n)}: Parkinson high-low estimator, {@code sigma^2 = sum(ln(high / low)^2) / (4 ln2 n)}
 * over the last n bars; warm after n bars; per-bar sigma, times {@code sqrt(annualize)} if given.
 * Reads high and low only (rejects {@code low <= 0} or {@code high < low}).
 */
public final class Parkinson extends RangeEstimator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "parkinson";

    /**
     * @param period number of bars n, at least 1.
     */
    public Parkinson(final int period)
    {
        this(period, 1.0);
    }

    /**
     * @param period    number of bars n, at least 1.
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     */
    public Parkinson(final int period, final double annualize)
    {
        super(period, annualize, 4.0 * Math.log(2.0) * period);
    }

    @Override
    boolean accepts(final double open, final double high, final double low, final double close)
    {
        return low > 0.0 && high >= low && high != Double.POSITIVE_INFINITY;
    }

    @Override
    double barTerm(final double open, final double high, final double low, final double close)
    {
        final double logRange = Math.log(high / low);
        return logRange * logRange;
    }
}
