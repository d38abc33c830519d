package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * {@code willr(n)}: Williams %R {@code (highest high(n) - close) / ((highest high(n) - lowest low(n)) / -100)}, in
 * [-100, 0], 0 on a zero range (TA-Lib WILLR). Warm after n bars.
 */
public final class WillR implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final MonotonicDeque highs;
    private final MonotonicDeque lows;
    private int count;
    private double lastClose;
    private long rejectedCount;

    /**
     * @param period high/low window in bars, at least 2.
     */
    public WillR(final int period)
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
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        highs.push(high);
        lows.push(low);
        lastClose = close;
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
        final double highest = highs.value();
        final double range = (highest - lows.value()) / -100.0;
        return range != 0.0 ? (highest - lastClose) / range : 0.0;
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
        lastClose = 0.0;
        rejectedCount = 0;
    }
}
