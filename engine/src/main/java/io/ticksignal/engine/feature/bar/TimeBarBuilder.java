package io.ticksignal.engine.feature.bar;

import io.ticksignal.config.Timeframe;

/**
 * Builds time bars of one interval for one instrument from trades (OHLCV, VWAP) or quotes
 * (mid-price bars) by event time, with UTC boundaries: a bar starts at
 * {@code floor(timeNs / intervalNs) * intervalNs}.
 * <p>
 * A bar closes, and is handed to the {@link BarListener}, when the first event of a later
 * interval arrives, when {@link #advanceTo(long)} reaches its end, or on {@link #flush()}. An
 * interval without events makes no bar. An event earlier than the current bar's start, or in an
 * interval already closed, is rejected ({@link BarInputResult#REJECTED_LATE}) and counted, never
 * merged. See the package documentation for the full rules.
 * <p>
 * Single-threaded; state is primitives; allocates nothing after construction.
 */
public final class TimeBarBuilder
{
    private final int instrumentIndex;
    private final long intervalNs;
    private final BarListener listener;

    private boolean barOpen;
    private long barStartNs;
    private long barEndNs;
    private long earliestAcceptedNs = Long.MIN_VALUE;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private double notional;
    private long eventCount;
    private long firstEventNs;
    private long lastEventNs;

    private long acceptedCount;
    private long barCount;
    private long rejectedLateCount;
    private long rejectedInvalidCount;
    private long outOfOrderCount;

    /**
     * @param instrumentIndex dense instrument index, passed on to the listener.
     * @param timeframe       the bar timeframe; not {@link Timeframe#TICK}.
     * @param listener        receives each closed bar.
     * @throws IllegalArgumentException for {@link Timeframe#TICK}, which has no bars.
     */
    public TimeBarBuilder(final int instrumentIndex, final Timeframe timeframe, final BarListener listener)
    {
        this(instrumentIndex, timeframe.lengthNs(), listener);
    }

    /**
     * @param instrumentIndex dense instrument index, passed on to the listener.
     * @param intervalNs      bar length in nanoseconds, at least 1.
     * @param listener        receives each closed bar.
     * @throws IllegalArgumentException if intervalNs is not positive.
     */
    public TimeBarBuilder(final int instrumentIndex, final long intervalNs, final BarListener listener)
    {
        if (intervalNs <= 0)
        {
            throw new IllegalArgumentException(
                "intervalNs must be > 0 (timeframe 'tick' has no bars) but was " + intervalNs);
        }
        if (listener == null)
        {
            throw new IllegalArgumentException("listener must not be null");
        }
        this.instrumentIndex = instrumentIndex;
        this.intervalNs = intervalNs;
        this.listener = listener;
    }

    /**
     * Add a trade.
     *
     * @param timeNs event time, nanoseconds since the epoch, UTC.
     * @param price  trade price, finite and &gt; 0.
     * @param size   traded size, finite and &gt;= 0.
     * @return {@link BarInputResult#ADDED_TO_BAR}, {@link BarInputResult#STARTED_BAR} (the previous
     * bar, if any, was emitted first), {@link BarInputResult#REJECTED_LATE} or
     * {@link BarInputResult#REJECTED_INVALID}.
     */
    public BarInputResult onTrade(final long timeNs, final double price, final double size)
    {
        if (!(price > 0.0) || price == Double.POSITIVE_INFINITY || !(size >= 0.0) || size == Double.POSITIVE_INFINITY)
        {
            rejectedInvalidCount++;
            return BarInputResult.REJECTED_INVALID;
        }
        return accept(timeNs, price, size);
    }

    /**
     * Add a top-of-book quote; the bar is built from the mid price {@code (bid + ask) / 2} with no
     * volume, and its event count counts quotes.
     *
     * @param timeNs   event time, nanoseconds since the epoch, UTC.
     * @param bidPrice best bid, finite and &gt; 0.
     * @param askPrice best ask, finite and &gt;= bidPrice (a locked quote is accepted, a crossed one is not).
     * @return as for {@link #onTrade(long, double, double)}.
     */
    public BarInputResult onQuote(final long timeNs, final double bidPrice, final double askPrice)
    {
        if (!(bidPrice > 0.0) || !(askPrice >= bidPrice) || askPrice == Double.POSITIVE_INFINITY)
        {
            rejectedInvalidCount++;
            return BarInputResult.REJECTED_INVALID;
        }
        return accept(timeNs, (bidPrice + askPrice) * 0.5, 0.0);
    }

    private BarInputResult accept(final long timeNs, final double price, final double size)
    {
        if (timeNs < earliestAcceptedNs)
        {
            rejectedLateCount++;
            return BarInputResult.REJECTED_LATE;
        }
        acceptedCount++;
        if (barOpen && timeNs < barEndNs)
        {
            addToBar(timeNs, price, size);
            return BarInputResult.ADDED_TO_BAR;
        }
        if (barOpen)
        {
            emit();
        }
        startBar(timeNs, price, size);
        return BarInputResult.STARTED_BAR;
    }

    private void addToBar(final long timeNs, final double price, final double size)
    {
        if (price > high)
        {
            high = price;
        }
        if (price < low)
        {
            low = price;
        }
        close = price;
        volume += size;
        notional += price * size;
        eventCount++;
        if (timeNs < lastEventNs)
        {
            outOfOrderCount++;
            if (timeNs < firstEventNs)
            {
                firstEventNs = timeNs;
            }
        }
        else
        {
            lastEventNs = timeNs;
        }
    }

    private void startBar(final long timeNs, final double price, final double size)
    {
        barOpen = true;
        barStartNs = Math.floorDiv(timeNs, intervalNs) * intervalNs;
        barEndNs = barStartNs + intervalNs;
        earliestAcceptedNs = barStartNs;
        open = price;
        high = price;
        low = price;
        close = price;
        volume = size;
        notional = price * size;
        eventCount = 1;
        firstEventNs = timeNs;
        lastEventNs = timeNs;
    }

    private void emit()
    {
        barOpen = false;
        earliestAcceptedNs = barEndNs;
        barCount++;
        final double vwap = volume > 0.0 ? notional / volume : Double.NaN;
        listener.onBar(
            instrumentIndex, barStartNs, intervalNs, open, high, low, close, volume, vwap, eventCount,
            firstEventNs, lastEventNs);
    }

    /**
     * Event time has reached {@code timeNs} (e.g. a heartbeat or another instrument's event): close
     * the open bar if its interval ended at or before {@code timeNs}. Events in the closed interval
     * are rejected as late afterwards. Never reads the wall clock.
     *
     * @param timeNs event time, nanoseconds since the epoch, UTC.
     * @return 1 if a bar was emitted, else 0.
     */
    public int advanceTo(final long timeNs)
    {
        if (barOpen && timeNs >= barEndNs)
        {
            emit();
            return 1;
        }
        return 0;
    }

    /**
     * End of input: emit the open bar, if any. Its interval counts as closed: later events in it
     * or before it are rejected as late.
     *
     * @return 1 if a bar was emitted, else 0.
     */
    public int flush()
    {
        if (barOpen)
        {
            emit();
            return 1;
        }
        return 0;
    }

    /**
     * Forget the open bar (without emitting it), the time high-water mark and all counters.
     */
    public void reset()
    {
        barOpen = false;
        earliestAcceptedNs = Long.MIN_VALUE;
        barStartNs = 0;
        barEndNs = 0;
        acceptedCount = 0;
        barCount = 0;
        rejectedLateCount = 0;
        rejectedInvalidCount = 0;
        outOfOrderCount = 0;
    }

    /**
     * @return the dense instrument index given at construction.
     */
    public int instrumentIndex()
    {
        return instrumentIndex;
    }

    /**
     * @return the bar length in nanoseconds.
     */
    public long intervalNs()
    {
        return intervalNs;
    }

    /**
     * @return true while a bar is open (has events and has not been emitted).
     */
    public boolean hasOpenBar()
    {
        return barOpen;
    }

    /**
     * @return start of the open bar in nanoseconds since the epoch, UTC; meaningless when
     * {@link #hasOpenBar()} is false.
     */
    public long openBarStartNs()
    {
        return barStartNs;
    }

    /**
     * @return events accepted into bars since construction or {@link #reset()}.
     */
    public long acceptedCount()
    {
        return acceptedCount;
    }

    /**
     * @return bars emitted since construction or {@link #reset()}.
     */
    public long barCount()
    {
        return barCount;
    }

    /**
     * @return events rejected because time went backwards (before the current bar or into a closed interval).
     */
    public long rejectedLateCount()
    {
        return rejectedLateCount;
    }

    /**
     * @return events rejected as malformed (bad price or size, crossed quote).
     */
    public long rejectedInvalidCount()
    {
        return rejectedInvalidCount;
    }

    /**
     * @return accepted events that were earlier than the previous event of the same bar.
     */
    public long outOfOrderCount()
    {
        return outOfOrderCount;
    }
}
