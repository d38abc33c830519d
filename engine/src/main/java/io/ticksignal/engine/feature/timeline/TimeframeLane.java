package io.ticksignal.engine.feature.timeline;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.bar.BarListener;
import io.ticksignal.engine.feature.bar.TimeBarBuilder;
import io.ticksignal.engine.feature.indicator.Indicator;

/**
 * The bars of one timeframe and the features that run on them: builds bars from events with a
 * {@link TimeBarBuilder} and rolls up input bars with a {@link BarRollup} (an instrument normally sends one kind);
 * on each close, updates its indicators with the bar and samples its event-feature columns. Single-threaded;
 * allocates nothing after construction.
 */
final class TimeframeLane implements BarListener
{
    private final Timeframe timeframe;
    private final TimeBarBuilder builder;
    private final BarRollup rollup;
    private final Indicator[] indicators;
    private final FeatureColumn[] sampledColumns;

    private long closedBarStartNs;
    private int unseenCloseCount;

    /**
     * @param timeframe      the lane's timeframe, not tick.
     * @param indicators     indicators updated on each bar close.
     * @param sampledColumns columns sampled on each bar close.
     */
    TimeframeLane(final Timeframe timeframe, final Indicator[] indicators, final FeatureColumn[] sampledColumns)
    {
        this.timeframe = timeframe;
        this.indicators = indicators.clone();
        this.sampledColumns = sampledColumns.clone();
        this.builder = new TimeBarBuilder(0, timeframe, this);
        this.rollup = new BarRollup(timeframe.lengthNs(), this);
    }

    @Override
    public void onBar(
        final int instrumentIndex,
        final long startNs,
        final long intervalNs,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume,
        final double vwap,
        final long eventCount,
        final long firstEventNs,
        final long lastEventNs)
    {
        for (final Indicator indicator : indicators)
        {
            indicator.update(startNs, open, high, low, close, volume);
        }
        for (final FeatureColumn column : sampledColumns)
        {
            column.sample();
        }
        closedBarStartNs = startNs;
        unseenCloseCount++;
    }

    void onTrade(final long timeNs, final double price, final double size)
    {
        builder.onTrade(timeNs, price, size);
    }

    void onQuote(final long timeNs, final double bidPrice, final double askPrice)
    {
        builder.onQuote(timeNs, bidPrice, askPrice);
    }

    void onInputBar(
        final long startNs, final long intervalNs, final double open, final double high, final double low,
        final double close, final double volume)
    {
        rollup.onBar(startNs, intervalNs, open, high, low, close, volume);
    }

    boolean hasOpenBar()
    {
        return builder.hasOpenBar() || rollup.hasOpenBar();
    }

    /**
     * @return end (exclusive) of the open bar ending first, in nanoseconds; meaningless without an open bar.
     */
    long openBarEndNs()
    {
        long endNs = Long.MAX_VALUE;
        if (builder.hasOpenBar())
        {
            endNs = builder.openBarStartNs() + builder.intervalNs();
        }
        if (rollup.hasOpenBar())
        {
            endNs = Math.min(endNs, rollup.openBarEndNs());
        }
        return endNs;
    }

    void advanceTo(final long timeNs)
    {
        builder.advanceTo(timeNs);
        rollup.advanceTo(timeNs);
    }

    /**
     * @return true if a bar closed since the last call.
     */
    boolean takeClose()
    {
        final boolean closed = unseenCloseCount > 0;
        unseenCloseCount = 0;
        return closed;
    }

    /**
     * @return start of the last closed bar, nanoseconds since the epoch.
     */
    long closedBarStartNs()
    {
        return closedBarStartNs;
    }

    Timeframe timeframe()
    {
        return timeframe;
    }

    long ignoredBarCount()
    {
        return rollup.coarserInputCount();
    }
}
