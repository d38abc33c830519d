package io.ticksignal.engine.feature.volatility;

/**
 * {@code garman_klass(n)}: Garman-Klass OHLC estimator,
 * {@code sigma^2 = mean(0.5 ln(high / low)^2 - (2 ln2 - 1) ln(close / open)^2)} over the last n bars
 * (no overnight term); warm after n bars; per-bar sigma, times {@code sqrt(annualize)} if given.
 */
public final class GarmanKlass extends RangeEstimator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "garman_klass";

    private static final double BODY_WEIGHT = 2.0 * Math.log(2.0) - 1.0;

    /**
     * @param period number of bars n, at least 1.
     */
    public GarmanKlass(final int period)
    {
        this(period, 1.0);
    }

    /**
     * @param period    number of bars n, at least 1.
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     */
    public GarmanKlass(final int period, final double annualize)
    {
        super(period, annualize, period);
    }

    @Override
    double barTerm(final double open, final double high, final double low, final double close)
    {
        final double logRange = Math.log(high / low);
        final double logBody = Math.log(close / open);
        return 0.5 * logRange * logRange - BODY_WEIGHT * logBody * logBody;
    }
}
