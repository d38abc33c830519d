package io.ticksignal.engine.feature.volatility;

/**
 * {@code rogers_satchell(n)}: Rogers-Satchell drift-independent estimator,
 * {@code sigma^2 = mean(ln(high / close) ln(high / open) + ln(low / close) ln(low / open))} over the
 * last n bars; warm after n bars; per-bar sigma, times {@code sqrt(annualize)} if given.
 */
public final class RogersSatchell extends RangeEstimator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "rogers_satchell";

    /**
     * @param period number of bars n, at least 1.
     */
    public RogersSatchell(final int period)
    {
        this(period, 1.0);
    }

    /**
     * @param period    number of bars n, at least 1.
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     */
    public RogersSatchell(final int period, final double annualize)
    {
        super(period, annualize, period);
    }

    @Override
    double barTerm(final double open, final double high, final double low, final double close)
    {
        return term(open, high, low, close);
    }

    /**
     * The Rogers-Satchell variance term of one bar, {@code ln(H/C) ln(H/O) + ln(L/C) ln(L/O)}.
     *
     * @param open  open price, &gt; 0.
     * @param high  high price, &gt;= max(open, close).
     * @param low   low price, &gt; 0 and &lt;= min(open, close).
     * @param close close price, &gt; 0.
     * @return the term, &gt;= 0.
     */
    static double term(final double open, final double high, final double low, final double close)
    {
        return Math.log(high / close) * Math.log(high / open) + Math.log(low / close) * Math.log(low / open);
    }
}
