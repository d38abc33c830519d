package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code volume_zscore(n)}: {@code (volume - mean) / stdev} over the last n volumes (this bar included), population
 * standard deviation (divisor n, as {@code zscore}); 0 when the window is constant. Not in TA-Lib. Warm after n bars.
 */
public final class VolumeZScore implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final WindowVariance window;
    private long rejectedCount;

    /**
     * @param period window length in bars, at least 2.
     */
    public VolumeZScore(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.window = new WindowVariance(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(volume))
        {
            rejectedCount++;
            return;
        }
        window.push(volume);
    }

    @Override
    public int outputCount()
    {
        return OUTPUTS.length;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.of(OUTPUTS, output);
    }

    @Override
    public double value(final int output)
    {
        return window.isFull() ? ZScore.newestZScore(window) : Double.NaN;
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
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        window.reset();
        rejectedCount = 0;
    }
}
