package io.ticksignal.engine.feature.timeline;

import java.util.List;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.microstructure.MarketFeatureSet;

/**
 * One instrument's features over time: applies events or input bars to every lane and feature in point-in-time
 * order and tells a {@link TimelineListener} at each sample point (see the package documentation): before an
 * input at time {@code t} is applied, every open bar ending at or before {@code t} is closed, in order of end
 * time. Rejects invalid or out-of-order inputs and counts them (the live pipeline validates before, so there
 * these counts stay 0 except for a bar that does not start after the previous input).
 * <p>
 * Single-threaded; allocates nothing per input after construction.
 */
public final class FeatureTimeline
{
    private final TimeframeLane[] lanes;
    private final Indicator[] tickIndicators;
    private final EventFeature[] eventFeatures;
    private final MarketFeatureSet marketFeatures;
    private final FeatureColumn[] columns;
    private final TimelineListener listener;

    private long lastInputNs = Long.MIN_VALUE;
    private long acceptedCount;
    private long rejectedInvalidCount;
    private long rejectedLateCount;

    FeatureTimeline(
        final TimeframeLane[] lanes,
        final Indicator[] tickIndicators,
        final EventFeature[] eventFeatures,
        final MarketFeatureSet marketFeatures,
        final FeatureColumn[] columns,
        final TimelineListener listener)
    {
        this.lanes = lanes.clone();
        this.tickIndicators = tickIndicators.clone();
        this.eventFeatures = eventFeatures.clone();
        this.marketFeatures = marketFeatures;
        this.columns = columns.clone();
        this.listener = listener;
    }

    /**
     * Build a timeline with a fresh instance of every feature. Configuration time; allocates.
     *
     * @param features          the features, in column order.
     * @param contextTimeframe  the timeframe of features written without {@code @} (the offline row timeframe;
     *                          {@link Timeframe#TICK} in the live engine).
     * @param samplingTimeframe a timeframe whose bars must be sampled even when no feature runs on it (the
     *                          offline row timeframe), or {@link Timeframe#TICK} for none.
     * @param listener          told at every sample point.
     * @return the timeline; its columns are in the order of {@code features}.
     */
    public static FeatureTimeline create(
        final List<ParsedFeature> features,
        final Timeframe contextTimeframe,
        final Timeframe samplingTimeframe,
        final TimelineListener listener)
    {
        return TimelineAssembly.assemble(features, contextTimeframe, samplingTimeframe, listener);
    }

    /**
     * One trade. Allocation: none.
     *
     * @param timeNs    event time, ns since the epoch.
     * @param price     finite and &gt; 0, else rejected as invalid.
     * @param size      finite and &gt;= 0, else rejected as invalid.
     * @param aggressor {@code AggressorSide} code, {@link EventFeature#AGGRESSOR_UNKNOWN} when not known.
     */
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        if (!isPrice(price) || !isSize(size))
        {
            rejectedInvalidCount++;
            return;
        }
        if (!acceptTime(timeNs))
        {
            return;
        }
        closeUpTo(timeNs);
        for (final TimeframeLane lane : lanes)
        {
            lane.onTrade(timeNs, price, size);
        }
        for (final Indicator indicator : tickIndicators)
        {
            indicator.update(timeNs, price, price, price, price, size);
        }
        for (final EventFeature feature : eventFeatures)
        {
            feature.onTrade(timeNs, price, size, aggressor);
        }
        marketFeatures.onTrade(timeNs, price, size, aggressor);
        listener.onEventSample(timeNs, TimelineInput.TRADE);
    }

    /**
     * One top-of-book quote; prices finite and &gt; 0 with ask &gt;= bid, sizes finite and &gt;= 0, else rejected as
     * invalid. Allocation: none.
     */
    public void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!isPrice(bidPrice) || !isPrice(askPrice) || askPrice < bidPrice || !isSize(bidSize) || !isSize(askSize))
        {
            rejectedInvalidCount++;
            return;
        }
        if (!acceptTime(timeNs))
        {
            return;
        }
        closeUpTo(timeNs);
        final double mid = (bidPrice + askPrice) * 0.5;
        for (final TimeframeLane lane : lanes)
        {
            lane.onQuote(timeNs, bidPrice, askPrice);
        }
        for (final Indicator indicator : tickIndicators)
        {
            indicator.update(timeNs, mid, mid, mid, mid, 0.0);
        }
        for (final EventFeature feature : eventFeatures)
        {
            feature.onQuote(timeNs, bidPrice, bidSize, askPrice, askSize);
        }
        marketFeatures.onQuote(timeNs, bidPrice, bidSize, askPrice, askSize);
        listener.onEventSample(timeNs, TimelineInput.QUOTE);
    }

    /**
     * One market-by-price book update, for the microstructure features' book (which may refuse it, as it
     * documents). Allocation: none.
     */
    public void onBookUpdate(
        final long timeNs, final BookSide side, final int level, final BookAction action, final double price,
        final double size)
    {
        if (!acceptTime(timeNs))
        {
            return;
        }
        closeUpTo(timeNs);
        marketFeatures.onBookUpdate(timeNs, side, level, action, price, size);
        listener.onEventSample(timeNs, TimelineInput.BOOK_UPDATE);
    }

    /**
     * One complete input bar of {@code [startNs, startNs + intervalNs)}: rolled up into every lane of its interval
     * or coarser, applied to tick indicators, and closed at once. Rejected as invalid when inconsistent, as late
     * when it does not start after the previous input. Allocation: none.
     */
    public void onBar(
        final long startNs, final long intervalNs, final double open, final double high, final double low,
        final double close, final double volume)
    {
        final boolean consistent = isPrice(low) && isPrice(high) && isPrice(open) && isPrice(close) &&
            low <= open && low <= close && high >= open && high >= close && isSize(volume) && intervalNs > 0;
        if (!consistent)
        {
            rejectedInvalidCount++;
            return;
        }
        if (startNs <= lastInputNs && acceptedCount > 0)
        {
            rejectedLateCount++;
            return;
        }
        lastInputNs = startNs;
        acceptedCount++;
        closeUpTo(startNs);
        for (final TimeframeLane lane : lanes)
        {
            lane.onInputBar(startNs, intervalNs, open, high, low, close, volume);
        }
        for (final Indicator indicator : tickIndicators)
        {
            indicator.update(startNs, open, high, low, close, volume);
        }
        closeUpTo(startNs + intervalNs);
        listener.onEventSample(startNs, TimelineInput.BAR);
    }

    /**
     * End of input: close every open bar, in order of end time, telling the listener. Allocation: none.
     */
    public void finish()
    {
        closeUpTo(Long.MAX_VALUE);
    }

    private boolean acceptTime(final long timeNs)
    {
        if (timeNs < lastInputNs)
        {
            rejectedLateCount++;
            return false;
        }
        lastInputNs = timeNs;
        acceptedCount++;
        return true;
    }

    private void closeUpTo(final long timeNs)
    {
        while (true)
        {
            long earliestEndNs = Long.MAX_VALUE;
            boolean found = false;
            for (final TimeframeLane lane : lanes)
            {
                if (lane.hasOpenBar())
                {
                    final long endNs = lane.openBarEndNs();
                    if (endNs <= timeNs && endNs <= earliestEndNs)
                    {
                        earliestEndNs = endNs;
                        found = true;
                    }
                }
            }
            if (!found)
            {
                return;
            }
            for (final TimeframeLane lane : lanes)
            {
                lane.advanceTo(earliestEndNs);
            }
            for (final TimeframeLane lane : lanes)
            {
                if (lane.takeClose())
                {
                    listener.onBarSample(lane.timeframe(), lane.closedBarStartNs());
                }
            }
        }
    }

    private static boolean isPrice(final double price)
    {
        return price > 0.0 && price != Double.POSITIVE_INFINITY;
    }

    private static boolean isSize(final double size)
    {
        return size >= 0.0 && size != Double.POSITIVE_INFINITY;
    }

    /**
     * @param index column index, in the order of the features given to {@link #create}.
     * @return that column.
     */
    public FeatureColumn column(final int index)
    {
        return columns[index];
    }

    /**
     * @return number of columns.
     */
    public int columnCount()
    {
        return columns.length;
    }

    /**
     * @return the timeframes that have bars, in timeframe order (configuration time; allocates).
     */
    public Timeframe[] timeframes()
    {
        final Timeframe[] timeframes = new Timeframe[lanes.length];
        for (int i = 0; i < lanes.length; i++)
        {
            timeframes[i] = lanes[i].timeframe();
        }
        return timeframes;
    }

    /**
     * @return inputs accepted.
     */
    public long acceptedCount()
    {
        return acceptedCount;
    }

    /**
     * @return inputs rejected as invalid (bad price or size, crossed quote, inconsistent bar).
     */
    public long rejectedInvalidCount()
    {
        return rejectedInvalidCount;
    }

    /**
     * @return inputs rejected for being earlier than the previous one (a bar: not later).
     */
    public long rejectedLateCount()
    {
        return rejectedLateCount;
    }

    /**
     * @return input bars a lane could not take because they were coarser than its timeframe, summed over lanes.
     */
    public long ignoredBarCount()
    {
        long count = 0;
        for (final TimeframeLane lane : lanes)
        {
            count += lane.ignoredBarCount();
        }
        return count;
    }
}
