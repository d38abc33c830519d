package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowWeightedSum;

/**
 * {@code hma(n)}: Hull moving average, {@code wma(2 * wma(close, n/2) - wma(close, n), floor(sqrt(n)))},
 * n/2 rounded down, WMA weights as in {@code wma}; not in TA-Lib. Warm after n + floor(sqrt(n)) - 1 bars.
 */
public final class Hma extends SingleOutputIndicator
{
    private final int period;
    private final int halfPeriod;
    private final int rootPeriod;
    private final WindowWeightedSum half;
    private final WindowWeightedSum full;
    private final WindowWeightedSum smoothed;

    /**
     * @param period the long WMA's length in bars, at least 2.
     */
    public Hma(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.halfPeriod = period / 2;
        this.rootPeriod = (int)Math.floor(Math.sqrt(period));
        this.half = new WindowWeightedSum(halfPeriod);
        this.full = new WindowWeightedSum(period);
        this.smoothed = new WindowWeightedSum(rootPeriod);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            reject();
            return;
        }
        half.push(close);
        full.push(close);
        if (full.isFull())
        {
            smoothed.push(2.0 * Wma.weightedMean(half, halfPeriod) - Wma.weightedMean(full, period));
        }
    }

    @Override
    public double value(final int output)
    {
        return smoothed.isFull() ? Wma.weightedMean(smoothed, rootPeriod) : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return smoothed.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period + rootPeriod - 1;
    }

    @Override
    void clear()
    {
        half.reset();
        full.reset();
        smoothed.reset();
    }
}
