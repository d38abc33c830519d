package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code zscore(n)}: {@code (close - sma(n)) / stddev(n)} over the last n closes (this bar included), population
 * standard deviation (divisor n, as {@code stddev}); 0 when the window is constant. Not in TA-Lib. Warm after n bars.
 */
public final class ZScore implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final WindowVariance window;
    private long rejectedCount;

    /**
     * @param period window length in bars, at least 2.
     */
    public ZScore(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.window = new WindowVariance(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        window.push(close);
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
        return window.isFull() ? newestZScore(window) : Double.NaN;
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

    /**
     * @param window a non-empty window.
     * @return (newest - mean) / population standard deviation of the window, 0 when that deviation is 0; the
     * numerator is taken against the double-double mean so that it keeps its digits when newest is close to the mean.
     */
    static double newestZScore(final WindowVariance window)
    {
        final double variance = window.populationVariance();
        if (variance == 0.0)
        {
            return 0.0;
        }
        return window.deviationFromMean(window.get(0)) / Math.sqrt(variance);
    }
}
