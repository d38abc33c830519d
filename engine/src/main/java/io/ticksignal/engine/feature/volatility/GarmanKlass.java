package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.OutputNames;
import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code garman_klass(n)}: Garman-Klass OHLC estimator,
 * {@code sigma^2 = mean(0.5 ln(high / low)^2 - (2 ln2 - 1) ln(close / open)^2)} over the last n bars
 * (no overnight term); warm after n bars; per-bar sigma, times {@code sqrt(annualize)} if given.
 */
public final class GarmanKlass implements Indicator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "garman_klass";

    private static final double BODY_WEIGHT = 2.0 * Math.log(2.0) - 1.0;

    private final int warmUpCount;
    private final double scale;
    private final double divisor;
    private final WindowSum terms;
    private double value = Double.NaN;
    private long rejectedCount;

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
        final double logRange = Math.log(high / low);
        final double logBody = Math.log(close / open);
        terms.push(0.5 * logRange * logRange - BODY_WEIGHT * logBody * logBody);
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
