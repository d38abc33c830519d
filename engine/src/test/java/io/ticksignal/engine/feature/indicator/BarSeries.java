package io.ticksignal.engine.feature.indicator;

/**
 * A bar series held as parallel primitive arrays (test data).
 *
 * @param timeNs bar start, nanoseconds since the epoch, UTC.
 * @param open   open prices.
 * @param high   high prices.
 * @param low    low prices.
 * @param close  close prices.
 * @param volume volumes.
 */
record BarSeries(long[] timeNs, double[] open, double[] high, double[] low, double[] close, double[] volume)
{
    int size()
    {
        return close.length;
    }

    void push(final Indicator indicator, final int bar)
    {
        indicator.update(timeNs[bar], open[bar], high[bar], low[bar], close[bar], volume[bar]);
    }
}
