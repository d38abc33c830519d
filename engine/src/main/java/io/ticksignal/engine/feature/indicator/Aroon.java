package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * {@code aroon(n)}: {@code up = 100 / n * (n - bars since the highest high)}, {@code down} likewise for the lowest low,
 * over the last n + 1 bars, the most recent bar winning ties (TA-Lib AROON). Warm after n + 1 bars.
 */
public final class Aroon implements Indicator
{
    private static final String[] OUTPUTS = {"up", "down"};

    private final int period;
    private final double factor;
    private final MonotonicDeque highs;
    private final MonotonicDeque lows;
    private int count;
    private long rejectedCount;

    /**
     * @param period look-back in bars, at least 2 (the window holds period + 1 bars).
     */
    public Aroon(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.factor = 100.0 / period;
        this.highs = new MonotonicDeque(period + 1, MonotonicDeque.Extreme.MAX);
        this.lows = new MonotonicDeque(period + 1, MonotonicDeque.Extreme.MIN);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low))
        {
            rejectedCount++;
            return;
        }
        highs.push(high);
        lows.push(low);
        if (count <= period)
        {
            count++;
        }
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
        if (count <= period)
        {
            return Double.NaN;
        }
        final int age = output == 0 ? highs.ageOfExtreme() : lows.ageOfExtreme();
        return factor * (period - age);
    }

    @Override
    public boolean isWarm()
    {
        return count > period;
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        highs.reset();
        lows.reset();
        count = 0;
        rejectedCount = 0;
    }
}
