package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code volume_ratio(n)}: {@code volume / mean(previous n volumes)}, the mean excluding this bar (so a spike is
 * measured against the bars before it); NaN while those n volumes are all 0. Not in TA-Lib. Warm after n + 1 bars.
 */
public final class VolumeRatio extends SingleOutputIndicator
{
    private final int period;
    private final WindowSum previousVolumes;
    private int nonZeroVolumeCount;
    private int count;
    private double latestVolume;

    /**
     * @param period number of earlier bars averaged, at least 1.
     */
    public VolumeRatio(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.previousVolumes = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(volume))
        {
            reject();
            return;
        }
        if (count > 0)
        {
            if (previousVolumes.isFull() && previousVolumes.get(period - 1) != 0.0)
            {
                nonZeroVolumeCount--;
            }
            if (latestVolume != 0.0)
            {
                nonZeroVolumeCount++;
            }
            previousVolumes.push(latestVolume);
        }
        else
        {
            count = 1;
        }
        latestVolume = volume;
    }

    @Override
    public double value(final int output)
    {
        if (!previousVolumes.isFull() || nonZeroVolumeCount == 0)
        {
            return Double.NaN;
        }
        return latestVolume / (previousVolumes.sum() / period);
    }

    @Override
    public boolean isWarm()
    {
        return previousVolumes.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        previousVolumes.reset();
        nonZeroVolumeCount = 0;
        count = 0;
        latestVolume = 0.0;
    }
}
