package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * Fast %K of the last {@code period} bars, {@code (close - lowest low) / ((highest high - lowest low) / 100)},
 * 0 when the range is exactly zero (TA-Lib STOCH/STOCHF/STOCHRSI). Highest and lowest come from
 * monotonic deques, so a push is amortised O(1).
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
final class RawStochastic
{
    private final int period;
    private final MonotonicDeque highs;
    private final MonotonicDeque lows;
    private int count;

    /**
     * @param period look-back window in bars, at least 1.
     */
    RawStochastic(final int period)
    {
        this.period = period;
        this.highs = new MonotonicDeque(period, MonotonicDeque.Extreme.MAX);
        this.lows = new MonotonicDeque(period, MonotonicDeque.Extreme.MIN);
    }

    /**
     * @param high  the newest high.
     * @param low   the newest low.
     * @param close the newest close.
     * @return fast %K in [0, 100], NaN until {@code period} bars were pushed.
     */
    double push(final double high, final double low, final double close)
    {
        highs.push(high);
        lows.push(low);
        if (count < period)
        {
            count++;
        }
        if (count < period)
        {
            return Double.NaN;
        }
        final double lowest = lows.value();
        final double range = (highs.value() - lowest) / 100.0;
        return range != 0.0 ? (close - lowest) / range : 0.0;
    }

    /**
     * Forget all bars.
     */
    void reset()
    {
        highs.reset();
        lows.reset();
        count = 0;
    }
}
