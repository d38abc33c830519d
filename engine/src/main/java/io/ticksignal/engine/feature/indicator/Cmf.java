package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code cmf(n)}: Chaikin money flow {@code sum(mfm * volume, n) / sum(volume, n)}, {@code mfm = ((close - low) -
 * (high - close)) / (high - low)} (0 for a bar with high &lt;= low, as {@code ad}); 0 while every volume in the window is
 * 0. Not in TA-Lib. Warm after n bars.
 */
public final class Cmf extends SingleOutputIndicator
{
    private final int period;
    private final WindowSum moneyFlowVolumes;
    private final WindowSum volumes;
    private int nonZeroVolumeCount;

    /**
     * @param period window length in bars, at least 1.
     */
    public Cmf(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.moneyFlowVolumes = new WindowSum(period);
        this.volumes = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close) || !Double.isFinite(volume))
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
        volumes.push(volume);
        moneyFlowVolumes.push(AdOsc.accumulate(0.0, high, low, close, volume));
    }

    @Override
    public double value(final int output)
    {
        if (!volumes.isFull())
        {
            return Double.NaN;
        }
        return nonZeroVolumeCount > 0 ? moneyFlowVolumes.sum() / volumes.sum() : 0.0;
    }

    @Override
    public boolean isWarm()
    {
        return volumes.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period;
    }

    @Override
    void clear()
    {
        moneyFlowVolumes.reset();
        volumes.reset();
        nonZeroVolumeCount = 0;
    }
}
