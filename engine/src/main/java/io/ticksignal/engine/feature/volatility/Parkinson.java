package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.OutputNames;
import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code parkinson(n)}: Parkinson high-low estimator, {@code sigma^2 = sum(ln(high / low)^2) / (4 ln2 n)}
 * over the last n bars; warm after n bars; per-bar sigma, times {@code sqrt(annualize)} if given.
 * Reads high and low only (rejects {@code low <= 0} or {@code high < low}).
 */
public final class Parkinson implements Indicator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "parkinson";

    private final int warmUpCount;
    private final double scale;
    private final double divisor;
    private final WindowSum terms;
    private double value = Double.NaN;
    private long rejectedCount;

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
        ArgumentChecks.requireAtLeast("period", period, 1);
        this.warmUpCount = period;
        this.scale = EstimatorArguments.annualizeScale(annualize);
        this.divisor = 4.0 * Math.log(2.0) * period;
        this.terms = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!(low > 0.0 && high >= low && high != Double.POSITIVE_INFINITY))
        {
            rejectedCount++;
            return;
        }
        final double logRange = Math.log(high / low);
        terms.push(logRange * logRange);
        if (terms.isFull())
        {
            value = scale * Math.sqrt(Math.max(0.0, terms.sum()) / divisor);
        }
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
