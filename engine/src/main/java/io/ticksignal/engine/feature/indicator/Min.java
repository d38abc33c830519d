package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * {@code min(n)}: lowest of the close over the last n bars, a monotonic deque (amortised O(1)); TA-Lib MIN.
 * Warm after n bars.
 */
public final class Min extends RollingExtreme
{
    /**
     * @param period window length in bars, at least 2.
     */
    public Min(final int period)
    {
        super(period, MonotonicDeque.Extreme.MIN);
    }
}
