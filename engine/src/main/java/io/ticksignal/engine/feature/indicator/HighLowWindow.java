package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.MonotonicDeque;

/**
 * The highest high and lowest low over a window of the last bars, monotonic deques (amortised O(1)), with the ages
 * of the extremes (the most recent bar winning ties) and the last close; shared by {@link Donchian}, {@link WillR},
 * {@link Aroon} and {@link AroonOsc}, which differ only in what they read from it. Warm once the window is full.
 * Single-threaded; allocates only in its constructor.
 */
abstract class HighLowWindow implements Indicator
{
    /**
     * The bar fields an update must have finite for it to be accepted.
     */
    enum Fields
    {
        /** High and low. */
        HIGH_LOW,
        /** High, low and close. */
        HIGH_LOW_CLOSE
    }

    final MonotonicDeque highs;
    final MonotonicDeque lows;
    double lastClose;
    private final Fields fields;
    private final int windowLength;
    private int count;
    private long rejectedCount;

    /**
     * @param windowLength number of bars in the window, at least 1.
     * @param fields       the fields an update must have finite.
     */
    HighLowWindow(final int windowLength, final Fields fields)
    {
        this.windowLength = windowLength;
        this.fields = fields;
        this.highs = new MonotonicDeque(windowLength, MonotonicDeque.Extreme.MAX);
        this.lows = new MonotonicDeque(windowLength, MonotonicDeque.Extreme.MIN);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low)
            || (fields == Fields.HIGH_LOW_CLOSE && !Double.isFinite(close)))
        {
            rejectedCount++;
            return;
        }
        highs.push(high);
        lows.push(low);
        lastClose = close;
        if (count < windowLength)
        {
            count++;
        }
    }

    @Override
    public boolean isWarm()
    {
        return count >= windowLength;
    }

    @Override
    public int warmUpCount()
    {
        return windowLength;
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
        lastClose = 0.0;
        count = 0;
        rejectedCount = 0;
    }
}
