package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * {@code max(n)}: highest of the close over the last n bars, a monotonic deque (amortised O(1)); TA-Lib MAX.
 * Warm after n bars.
 */
public final class Max extends RollingExtreme
{
    /**
     * @param period window length in bars, at least 2.
     */
    public Max(final int period)
    {
        super(period, MonotonicDeque.Extreme.MAX);
    }
}
