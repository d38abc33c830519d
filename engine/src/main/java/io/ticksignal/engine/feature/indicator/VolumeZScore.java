package io.ticksignal.engine.feature.indicator;

/**
 * {@code volume_zscore(n)}: {@code (volume - mean) / stdev} over the last n volumes (this bar included), population
 * standard deviation (divisor n, as {@code zscore}); 0 when the window is constant. Not in TA-Lib. Warm after n bars.
 */
public final class VolumeZScore extends VarianceWindow
{
    /**
     * @param period window length in bars, at least 2.
     */
    public VolumeZScore(final int period)
    {
        super(period, Input.VOLUME);
    }

    @Override
    double statistic()
    {
        return ZScore.newestZScore(window);
    }
}
