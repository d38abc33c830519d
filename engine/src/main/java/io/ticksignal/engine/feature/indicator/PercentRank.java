package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.DoubleRing;

/**
 * {@code percent_rank(n)}: {@code 100 * (number of the previous n closes strictly below this close) / n}, 0..100; ties
 * count as not below (a constant series gives 0). An O(n) scan per update, no allocation. Warm after n + 1 bars.
 */
public final class PercentRank extends SingleOutputIndicator
{
    private final int period;
    private final DoubleRing closes;
    private double percentRank = Double.NaN;

    /**
     * @param period number of earlier closes compared, at least 1.
     */
    public PercentRank(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.closes = new DoubleRing(period + 1);
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
        closes.push(close);
        if (closes.isFull())
        {
            int below = 0;
            for (int age = 1; age <= period; age++)
            {
                if (closes.get(age) < close)
                {
                    below++;
                }
            }
            percentRank = 100.0 * below / period;
        }
    }

    @Override
    public double value(final int output)
    {
        return percentRank;
    }

    @Override
    public boolean isWarm()
    {
        return closes.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        closes.reset();
        percentRank = Double.NaN;
    }
}
