package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * The highest or lowest close over the last n bars, a monotonic deque (amortised O(1)); shared by {@link Max} and
 * {@link Min}, which differ only in the extreme. Warm after n bars. Single-threaded; allocates only in its
 * constructor.
 */
abstract class RollingExtreme extends SingleOutputIndicator
{
    private final int period;
    private final MonotonicDeque window;
    private int count;

    /**
     * @param period  window length in bars, at least 2.
     * @param extreme which extreme the window keeps.
     */
    RollingExtreme(final int period, final MonotonicDeque.Extreme extreme)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.window = new MonotonicDeque(period, extreme);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            reject();
            return;
        }
        window.push(close);
        if (count < period)
        {
            count++;
        }
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
    void clear()
    {
        window.reset();
        count = 0;
    }
}
