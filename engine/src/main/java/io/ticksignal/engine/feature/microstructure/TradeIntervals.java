package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * The times of the last n + 1 valid trades, a ring of nanosecond timestamps, giving the span of the last n
 * inter-trade intervals; shared by {@link Duration} and {@link TradeRate}, which differ only in how they turn that
 * span into a value. Reads trades only (time included); bad trades, and trades earlier than the previous valid one,
 * are rejected and counted; equal times are fine. Warm-up count n + 1. O(1), allocation-free after construction,
 * single-threaded.
 */
abstract class TradeIntervals extends SingleOutputMarketFeature
{
    static final double NANOS_PER_SECOND = 1e9;

    final int intervalCount;
    private final int ringLength;
    private final long[] timesNs;
    private int head;
    private int count;

    /**
     * @param intervalCount n, the number of inter-trade intervals, 1 to 2^24 - 1.
     */
    TradeIntervals(final int intervalCount)
    {
        this.intervalCount = ArgumentChecks.requireInRange("n", intervalCount, 1, FeatureArguments.MAX_WINDOW - 1);
        this.ringLength = intervalCount + 1;
        this.timesNs = new long[ringLength];
    }

    @Override
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        final int newest = head == 0 ? ringLength - 1 : head - 1;
        if (!EventChecks.isValidTrade(price, size) || (count > 0 && timeNs < timesNs[newest]))
        {
            reject();
            return;
        }
        timesNs[head] = timeNs;
        head = head + 1 == ringLength ? 0 : head + 1;
        if (count < ringLength)
        {
            count++;
        }
    }

    @Override
    public double value(final int output)
    {
        if (count < ringLength)
        {
            return Double.NaN;
        }
        final int newest = head == 0 ? ringLength - 1 : head - 1;
        return valueOfSpan(timesNs[newest] - timesNs[head]);
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(value(0));
    }

    @Override
    public int warmUpCount()
    {
        return intervalCount + 1;
    }

    @Override
    void clear()
    {
        head = 0;
        count = 0;
    }

    /**
     * @param spanNs time from the oldest to the newest trade in the window, in nanoseconds, at least 0.
     * @return the feature's value for that span.
     */
    abstract double valueOfSpan(long spanNs);
}
