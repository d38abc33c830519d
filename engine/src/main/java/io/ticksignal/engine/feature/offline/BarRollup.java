package io.ticksignal.engine.feature.offline;

import io.ticksignal.engine.feature.bar.BarListener;

/**
 * Rolls complete input bars up into bars of a coarser (or the same) interval, UTC-aligned: first
 * open, highest high, lowest low, last close, summed volume. At the input's own interval a bar
 * passes through with its own start. A bar closes on {@link #advanceTo(long)} reaching its end.
 * Inputs must be valid and in increasing time (the runner checks). Allocates nothing after construction.
 */
final class BarRollup
{
    private final long intervalNs;
    private final long inputIntervalNs;
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

    /**
     * @param intervalNs      the rolled-up interval, a multiple of inputIntervalNs.
     * @param inputIntervalNs the input bars' own interval.
     * @param listener        receives each closed bar.
     */
    BarRollup(final long intervalNs, final long inputIntervalNs, final BarListener listener)
    {
        this.intervalNs = intervalNs;
        this.inputIntervalNs = inputIntervalNs;
        this.listener = listener;
    }

    void onBar(
        final long startNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
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
}
