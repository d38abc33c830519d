package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.OutputNames;
import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code rogers_satchell(n)}: Rogers-Satchell drift-independent estimator,
 * {@code sigma^2 = mean(ln(high / close) ln(high / open) + ln(low / close) ln(low / open))} over the
 * last n bars; warm after n bars; per-bar sigma, times {@code sqrt(annualize)} if given.
 */
public final class RogersSatchell implements Indicator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "rogers_satchell";

    private final int warmUpCount;
    private final double scale;
    private final double divisor;
    private final WindowSum terms;
    private double value = Double.NaN;
    private long rejectedCount;

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
        ArgumentChecks.requireAtLeast("period", period, 1);
        this.warmUpCount = period;
        this.scale = EstimatorArguments.annualizeScale(annualize);
        this.divisor = period;
        this.terms = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!EstimatorArguments.isValidBar(open, high, low, close))
        {
            rejectedCount++;
            return;
        }
        terms.push(RogersSatchell.term(open, high, low, close));
        if (terms.isFull())
        {
            value = scale * Math.sqrt(Math.max(0.0, terms.sum()) / divisor);
        }
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

    @Override
    public int outputCount()
    {
        return 1;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.single(output);
    }

    @Override
    public double value(final int output)
    {
        OutputNames.single(output);
        return value;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(value);
    }

    @Override
    public int warmUpCount()
    {
        return warmUpCount;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        terms.reset();
        value = Double.NaN;
        rejectedCount = 0;
    }
}
