package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code vwma(n)}: volume-weighted moving average {@code sum(close * volume, n) / sum(volume, n)}; when
 * every volume in the window is zero it is the SMA of the close. Not in TA-Lib. Warm after n bars.
 */
public final class Vwma extends SingleOutputIndicator
{
    private final int period;
    private final WindowSum closes;
    private final WindowSum volumes;
    private final WindowSum notionals;
    private int nonZeroVolumeCount;

    /**
     * @param period window length in bars, at least 1.
     */
    public Vwma(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.closes = new WindowSum(period);
        this.volumes = new WindowSum(period);
        this.notionals = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close) || !Double.isFinite(volume))
        {
            reject();
            return;
        }
        if (volumes.isFull() && volumes.get(period - 1) != 0.0)
        {
            nonZeroVolumeCount--;
        }
        if (volume != 0.0)
        {
            nonZeroVolumeCount++;
        }
        closes.push(close);
        volumes.push(volume);
        notionals.push(close * volume);
    }

    @Override
    public double value(final int output)
    {
        if (!closes.isFull())
        {
            return Double.NaN;
        }
        return nonZeroVolumeCount > 0 ? notionals.sum() / volumes.sum() : closes.sum() / period;
    }

    @Override
    public boolean isWarm()
    {
        return closes.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period;
    }

    @Override
    void clear()
    {
        closes.reset();
        volumes.reset();
        notionals.reset();
        nonZeroVolumeCount = 0;
    }
}
