package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowPowerSums;

/**
 * The window of the last n one-bar log returns ln(close / prior close) kept as O(1) power sums, shared by
 * {@link Skew} and {@link Kurt}, which differ only in the moment statistic read from it. Closes not finite and
 * &gt; 0 are rejected. Warm after n + 1 bars. Single-threaded; allocates only in its constructor.
 */
abstract class LogReturnMoments extends SingleOutputIndicator
{
    final int period;
    final WindowPowerSums returns;
    private int closeCount;
    private double previousClose;

    /**
     * @param period        number of one-bar returns in the window.
     * @param minimumPeriod the smallest period the statistic is defined for.
     */
    LogReturnMoments(final int period, final int minimumPeriod)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, minimumPeriod);
        this.returns = new WindowPowerSums(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!LogRet.isPositivePrice(close))
        {
            reject();
            return;
        }
        if (closeCount > 0)
        {
            returns.push(Math.log(close / previousClose));
        }
        else
        {
            closeCount = 1;
        }
        previousClose = close;
    }

    @Override
    public double value(final int output)
    {
        return returns.isFull() ? statistic() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return returns.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        returns.reset();
        closeCount = 0;
        previousClose = 0.0;
    }

    /**
     * @return the statistic of the full window of returns.
     */
    abstract double statistic();
}
