package io.ticksignal.engine.feature.timeline;

import io.ticksignal.engine.feature.bar.BarListener;

/**
 * Rolls complete input bars up into bars of a coarser (or the same) interval, UTC-aligned: first open, highest
 * high, lowest low, last close, summed volume. A bar of the rollup's own interval passes through with its own
 * start; a bar of a coarser interval than the rollup's is not taken (counted). A bar closes on
 * {@link #advanceTo(long)} reaching its end. Inputs must be valid and in increasing time (the timeline checks).
 * Allocates nothing after construction.
 */
final class BarRollup
{
    private final long intervalNs;
    private final BarListener listener;

    private boolean barOpen;
    private long barStartNs;
    private long barEndNs;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private long barCount;
    private long coarserInputCount;

    /**
     * @param intervalNs the rolled-up interval.
     * @param listener   receives each closed bar.
     */
    BarRollup(final long intervalNs, final BarListener listener)
    {
        this.intervalNs = intervalNs;
        this.listener = listener;
    }

    /**
     * @param inputIntervalNs the input bar's own interval; more than the rollup's interval: not taken.
     */
    void onBar(
        final long startNs, final long inputIntervalNs, final double open, final double high, final double low,
        final double close, final double volume)
    {
        if (inputIntervalNs > intervalNs)
        {
            coarserInputCount++;
            return;
        }
        if (barOpen)
        {
            this.high = Math.max(this.high, high);
            this.low = Math.min(this.low, low);
            this.close = close;
            this.volume += volume;
            return;
        }
        barOpen = true;
        barStartNs = intervalNs == inputIntervalNs ? startNs : Math.floorDiv(startNs, intervalNs) * intervalNs;
        barEndNs = barStartNs + intervalNs;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    int advanceTo(final long timeNs)
    {
        if (barOpen && timeNs >= barEndNs)
        {
            barOpen = false;
            barCount++;
            listener.onBar(0, barStartNs, intervalNs, open, high, low, close, volume, Double.NaN, 0L,
                barStartNs, barStartNs);
            return 1;
        }
        return 0;
    }

    boolean hasOpenBar()
    {
        return barOpen;
    }

    long openBarEndNs()
    {
        return barEndNs;
    }

    long barCount()
    {
        return barCount;
    }

    long coarserInputCount()
    {
        return coarserInputCount;
    }
}
