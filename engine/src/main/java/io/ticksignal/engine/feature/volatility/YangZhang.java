package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;
import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code yang_zhang(n)}: Yang-Zhang estimator, {@code sigma^2 = Vo + k Vc + (1 - k) Vrs} over the last
 * n bars, with Vo and Vc the sample variances (divisor n - 1) of the overnight returns
 * {@code ln(open / previousClose)} and open-to-close returns {@code ln(close / open)}, Vrs the mean
 * Rogers-Satchell term and {@code k = 0.34 / (1.34 + (n + 1) / (n - 1))}; warm after n + 1 bars;
 * per-bar sigma, times {@code sqrt(annualize)} if given.
 */
public final class YangZhang extends VolatilityEstimator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "yang_zhang";

    private final int period;
    private final double scale;
    private final double k;
    private final WindowVariance overnightReturns;
    private final WindowVariance openToCloseReturns;
    private final WindowSum rogersSatchellTerms;
    private double previousClose = Double.NaN;

    /**
     * @param period number of bars n, at least 2.
     */
    public YangZhang(final int period)
    {
        this(period, 1.0);
    }

    /**
     * @param period    number of bars n, at least 2.
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     */
    public YangZhang(final int period, final double annualize)
    {
        super(ArgumentChecks.requireAtLeast("period", period, 2) + 1);
        this.period = period;
        this.scale = EstimatorArguments.annualizeScale(annualize);
        this.k = weight(period);
        this.overnightReturns = new WindowVariance(period);
        this.openToCloseReturns = new WindowVariance(period);
        this.rogersSatchellTerms = new WindowSum(period);
    }

    /**
     * @param period number of bars n, at least 2.
     * @return Yang and Zhang's weight {@code k = 0.34 / (1.34 + (n + 1) / (n - 1))}.
     */
    public static double weight(final int period)
    {
        return 0.34 / (1.34 + (period + 1.0) / (period - 1.0));
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!EstimatorArguments.isValidBar(open, high, low, close))
        {
            reject();
            return;
        }
        if (previousClose == previousClose)
        {
            overnightReturns.push(Math.log(open / previousClose));
            openToCloseReturns.push(Math.log(close / open));
            rogersSatchellTerms.push(RogersSatchell.term(open, high, low, close));
            if (overnightReturns.isFull())
            {
                final double variance = overnightReturns.sampleVariance()
                    + k * openToCloseReturns.sampleVariance()
                    + (1.0 - k) * Math.max(0.0, rogersSatchellTerms.sum()) / period;
                publish(scale * Math.sqrt(variance));
            }
        }
        previousClose = close;
    }

    @Override
    void clear()
    {
        overnightReturns.reset();
        openToCloseReturns.reset();
        rogersSatchellTerms.reset();
        previousClose = Double.NaN;
    }
}
