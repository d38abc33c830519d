package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code trima(n)}: triangular moving average, an SMA of an SMA of the close: windows (n+1)/2 and
 * (n+1)/2 for odd n, n/2 and n/2+1 for even n (TA-Lib TRIMA's weights); warm after n bars.
 */
public final class Trima extends SingleOutputIndicator
{
    private final int period;
    private final WindowSum inner;
    private final WindowSum outer;

    /**
     * @param period overall window length in bars, at least 2.
     */
    public Trima(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        final int innerLength = (period & 1) == 1 ? (period + 1) / 2 : period / 2;
        this.inner = new WindowSum(innerLength);
        this.outer = new WindowSum(period + 1 - innerLength);
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
        inner.push(close);
        if (inner.isFull())
        {
            outer.push(inner.sum() / inner.count());
        }
    }

    @Override
    public double value(final int output)
    {
        return outer.isFull() ? outer.sum() / outer.count() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return outer.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period;
    }

    @Override
    void clear()
    {
        inner.reset();
        outer.reset();
    }
}
