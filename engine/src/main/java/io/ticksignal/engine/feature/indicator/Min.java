package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * {@code min(n)}: lowest of the close over the last n bars, a monotonic deque (amortised O(1)); TA-Lib MIN.
 * Warm after n bars.
 */
public final class Min implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final MonotonicDeque window;
    private int count;
    private long rejectedCount;

    /**
     * @param period window length in bars, at least 2.
     */
    public Min(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.window = new MonotonicDeque(period, MonotonicDeque.Extreme.MIN);
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
        return count >= period ? window.value() : Double.NaN;
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
        window.reset();
        count = 0;
        rejectedCount = 0;
    }
}
