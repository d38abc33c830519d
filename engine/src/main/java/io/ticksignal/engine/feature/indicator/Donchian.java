package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * {@code donchian(n)}: Donchian channel over the last n bars (this bar included), {@code upper = max(high)},
 * {@code lower = min(low)}, {@code middle = (upper + lower) / 2}; monotonic deques. Not in TA-Lib. Warm after n bars.
 */
public final class Donchian implements Indicator
{
    private static final String[] OUTPUTS = {"lower", "middle", "upper"};

    private final int period;
    private final MonotonicDeque highs;
    private final MonotonicDeque lows;
    private int count;
    private long rejectedCount;

    /**
     * @param period window length in bars, at least 2.
     */
    public Donchian(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.highs = new MonotonicDeque(period, MonotonicDeque.Extreme.MAX);
        this.lows = new MonotonicDeque(period, MonotonicDeque.Extreme.MIN);
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
        if (count < period)
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
        if (count < period)
        {
            return Double.NaN;
        }
        switch (output)
        {
            case 0:
                return lows.value();
            case 1:
                return (highs.value() + lows.value()) * 0.5;
            default:
                return highs.value();
        }
    }

    @Override
    public boolean isWarm()
    {
        return count >= period;
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
        highs.reset();
        lows.reset();
        count = 0;
        rejectedCount = 0;
    }
}
