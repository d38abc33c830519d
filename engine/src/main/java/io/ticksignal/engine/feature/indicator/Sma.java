package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code sma(n)}: simple moving average of the close, {@code sum(close, n) / n}.
 * Same as TA-Lib SMA; warm after n bars. The running sum is re-anchored every n bars.
 */
public final class Sma extends SingleOutputIndicator
{
    private final int period;
    private final WindowSum window;

    /**
     * @param period window length in bars, at least 2.
     */
    public Sma(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.window = new WindowSum(period);
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
        window.push(close);
    }

    @Override
    public double value(final int output)
    {
        return window.isFull() ? window.sum() / period : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return window.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period;
    }

    @Override
    void clear()
    {
        window.reset();
    }
}
