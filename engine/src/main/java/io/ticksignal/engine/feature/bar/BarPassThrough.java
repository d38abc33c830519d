package io.ticksignal.engine.feature.bar;

import io.ticksignal.config.Timeframe;

/**
 * Hands on inputs that already are bars (e.g. a daily OHLCV file) to a {@link BarListener}, with
 * the bar's own interval as its timeframe. The input's time is the bar start, as given (a daily
 * file's date is 00:00 UTC). VWAP is NaN and the event count 0 (not known); first and last event
 * time are the bar start.
 * <p>
 * Rejected and counted, never emitted: a bar not after the previous bar's start
 * ({@link BarInputResult#REJECTED_LATE}, which includes duplicates), and a bar with a non-finite or
 * non-positive price, a non-finite or negative volume, or {@code low > min(open, close)} or
 * {@code high < max(open, close)} ({@link BarInputResult#REJECTED_INVALID}).
 * <p>
 * Single-threaded; allocates nothing after construction.
 */
public final class BarPassThrough
{
    private final int instrumentIndex;
    private final long intervalNs;
    private final BarListener listener;

    private long previousStartNs = Long.MIN_VALUE;
    private boolean hasPrevious;
    private long barCount;
    private long rejectedLateCount;
    private long rejectedInvalidCount;

    /**
     * @param instrumentIndex dense instrument index, passed on to the listener.
     * @param timeframe       the input bars' own timeframe; not {@link Timeframe#TICK}.
     * @param listener        receives each accepted bar.
     * @throws IllegalArgumentException for {@link Timeframe#TICK}.
     */
    public BarPassThrough(final int instrumentIndex, final Timeframe timeframe, final BarListener listener)
    {
        if (timeframe.lengthNs() <= 0)
        {
            throw new IllegalArgumentException(
                "bars need a timeframe with a length, not '" + timeframe.configName() + "'");
        }
        if (listener == null)
        {
            throw new IllegalArgumentException("listener must not be null");
        }
        this.instrumentIndex = instrumentIndex;
        this.intervalNs = timeframe.lengthNs();
        this.listener = listener;
    }

    /**
     * Pass one input bar on.
     *
     * @param startNs bar start, nanoseconds since the epoch, UTC.
     * @param open    open price.
     * @param high    high price.
     * @param low     low price.
     * @param close   close price.
     * @param volume  volume, &gt;= 0.
     * @return {@link BarInputResult#PASSED_THROUGH}, {@link BarInputResult#REJECTED_LATE} or
     * {@link BarInputResult#REJECTED_INVALID}.
     */
    public BarInputResult onBar(
        final long startNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!isConsistent(open, high, low, close, volume))
        {
            rejectedInvalidCount++;
            return BarInputResult.REJECTED_INVALID;
        }
        if (hasPrevious && startNs <= previousStartNs)
        {
            rejectedLateCount++;
            return BarInputResult.REJECTED_LATE;
        }
        hasPrevious = true;
        previousStartNs = startNs;
        barCount++;
        listener.onBar(
            instrumentIndex, startNs, intervalNs, open, high, low, close, volume, Double.NaN, 0L, startNs, startNs);
        return BarInputResult.PASSED_THROUGH;
    }

    private static boolean isConsistent(
        final double open, final double high, final double low, final double close, final double volume)
    {
        return low > 0.0
            && high != Double.POSITIVE_INFINITY
            && low <= open && low <= close
            && high >= open && high >= close
            && volume >= 0.0 && volume != Double.POSITIVE_INFINITY;
    }

    /**
     * Forget the previous bar's time and all counters.
     */
    public void reset()
    {
        previousStartNs = Long.MIN_VALUE;
        hasPrevious = false;
        barCount = 0;
        rejectedLateCount = 0;
        rejectedInvalidCount = 0;
    }

    /**
     * @return the bar length in nanoseconds (the input's timeframe).
     */
    public long intervalNs()
    {
        return intervalNs;
    }

    /**
     * @return bars emitted since construction or {@link #reset()}.
     */
    public long barCount()
    {
        return barCount;
    }

    /**
     * @return bars rejected because they were not after the previous bar.
     */
    public long rejectedLateCount()
    {
        return rejectedLateCount;
    }

    /**
     * @return bars rejected as malformed.
     */
    public long rejectedInvalidCount()
    {
        return rejectedInvalidCount;
    }
}
