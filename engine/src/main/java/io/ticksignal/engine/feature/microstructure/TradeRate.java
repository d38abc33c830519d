package io.ticksignal.engine.feature.microstructure;

/**
 * {@code trade_rate(n)}: trades per second over the last n inter-trade intervals,
 * {@code n / ((t(k) - t(k-n)) / 1e9)} for the latest trade k and times t in nanoseconds; NaN while those n
 * intervals span no time (all n + 1 trades at the same timestamp), which also makes it not warm.
 * <p>
 * Reads trades only (time included); warm after n + 1 valid trades (warm-up count n + 1); works on trade-only data.
 * Bad trades, and trades earlier than the previous valid one, are rejected and counted; equal times are fine.
 * Exact: computed from the first and last times of the window, no running sum. O(1), allocation-free after
 * construction, single-threaded.
 */
public final class TradeRate extends TradeIntervals
{
    /**
     * @param intervalCount n, the number of inter-trade intervals, 1 to 2^24 - 1.
     */
    public TradeRate(final int intervalCount)
    {
        super(intervalCount);
    }

    @Override
    double valueOfSpan(final long spanNs)
    {
        return spanNs > 0 ? intervalCount * NANOS_PER_SECOND / spanNs : Double.NaN;
    }
}
