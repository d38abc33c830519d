package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.indicator.OutputNames;
import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code duration(n)}: mean inter-trade time in seconds over the last n intervals,
 * {@code (t(k) - t(k-n)) / (n * 1e9)} for the latest trade k and times t in nanoseconds (0 when all share a
 * timestamp).
 * <p>
 * Reads trades only (time included); warm after n + 1 valid trades (warm-up count n + 1); works on trade-only data.
 * Bad trades, and trades earlier than the previous valid one, are rejected and counted; equal times are fine.
 * Exact: computed from the first and last times of the window, no running sum. O(1), allocation-free after
 * construction, single-threaded.
 */
public final class Duration implements MarketFeature
{
    private static final double NANOS_PER_SECOND = 1e9;

    private final int intervalCount;
    private final int ringLength;
    private final long[] timesNs;
    private int head;
    private int count;
    private long rejectedCount;

    /**
     * @param intervalCount n, the number of inter-trade intervals, 1 to 2^24 - 1.
     */
    public Duration(final int intervalCount)
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
            rejectedCount++;
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
    public int outputCount()
    {
        return 1;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.single(output);
    }

    @Override
    public double value(final int output)
    {
        if (count < ringLength)
        {
            return Double.NaN;
        }
        final int newest = head == 0 ? ringLength - 1 : head - 1;
        final long spanNs = timesNs[newest] - timesNs[head];
        return spanNs / (intervalCount * NANOS_PER_SECOND);
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
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        head = 0;
        count = 0;
        rejectedCount = 0;
    }
}
