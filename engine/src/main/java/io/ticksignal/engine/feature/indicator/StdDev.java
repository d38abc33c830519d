package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code stddev(n)}: population standard deviation of the close over n bars (TA-Lib STDDEV with nbDev 1, except
 * that TA-Lib reports 0 for any variance below 1e-8; exactly 0 here only for a constant window). Compensated running
 * sums in double-double arithmetic ({@link WindowVariance}), re-anchored every n bars. Warm after n bars.
 */
public final class StdDev implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final WindowVariance window;
    private long rejectedCount;

    /**
     * @param period window length in bars, at least 2.
     */
    public StdDev(final int period)
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
        return window.isFull() ? Math.sqrt(window.populationVariance()) : Double.NaN;
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
