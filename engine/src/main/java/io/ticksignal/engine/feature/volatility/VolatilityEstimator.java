package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.OutputNames;

/**
 * The read side shared by the volatility estimators: one output named {@link OutputNames#VALUE}, held until the next
 * {@link #publish(double)} (NaN until warm), the warm-up count and the rejected-input counter. A subclass updates its
 * windows, counts a rejected bar with {@link #reject()} and forgets its own state in {@link #clear()}.
 * Single-threaded; allocates nothing.
 */
abstract class VolatilityEstimator implements Indicator
{
    private final int warmUpCount;
    private double value = Double.NaN;
    private long rejectedCount;

    /**
     * @param warmUpCount how many valid bars it takes before the estimator is warm.
     */
    VolatilityEstimator(final int warmUpCount)
    {
        this.warmUpCount = warmUpCount;
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
        clear();
        value = Double.NaN;
        rejectedCount = 0;
    }

    /**
     * @param newValue the estimate after the latest bar.
     */
    final void publish(final double newValue)
    {
        value = newValue;
    }

    /**
     * Count one ignored bar.
     */
    final void reject()
    {
        rejectedCount++;
    }

    /**
     * Forget the subclass's own inputs; {@link #reset()} clears the value and the rejected count.
     */
    abstract void clear();
}
