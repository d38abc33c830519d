package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowWeightedSum;

/**
 * {@code wma(n)}: linearly weighted moving average of the close, weights n (newest) down to 1
 * (oldest), divided by n(n+1)/2. Same as TA-Lib WMA; warm after n bars. Re-anchored running sums.
 */
public final class Wma extends SingleOutputIndicator
{
    private final int period;
    private final WindowWeightedSum window;

    /**
     * @param period window length in bars, at least 2.
     */
    public Wma(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.window = new WindowWeightedSum(period);
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
        return window.isFull() ? weightedMean(window, period) : Double.NaN;
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

    /**
     * @param window a full window.
     * @param period its length.
     * @return the linearly weighted mean of the window, newest weight {@code period}, oldest 1.
     */
    static double weightedMean(final WindowWeightedSum window, final int period)
    {
        return window.weightedSum() / (period * (period + 1) * 0.5);
    }
}
