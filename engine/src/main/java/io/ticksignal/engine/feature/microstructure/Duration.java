package io.ticksignal.engine.feature.microstructure;

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
public final class Duration extends TradeIntervals
{
    /**
     * @param intervalCount n, the number of inter-trade intervals, 1 to 2^24 - 1.
     */
    public Duration(final int intervalCount)
    {
        super(intervalCount);
    }

    @Override
    double valueOfSpan(final long spanNs)
    {
        return spanNs / (intervalCount * NANOS_PER_SECOND);
    }
}
