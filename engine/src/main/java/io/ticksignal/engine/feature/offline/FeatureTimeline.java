package io.ticksignal.engine.feature.offline;

import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.microstructure.MarketFeatureSet;

/**
 * Applies events or input bars to every lane and feature in point-in-time order and writes rows (see
 * the package documentation): before an input at time {@code t} is applied, every open bar ending at
 * or before {@code t} is closed, in order of end time, and the row of the row lane is written once all
 * bars with its end time are closed. Rejects invalid or out-of-order inputs and counts them.
 * Microstructure features go through a {@link MarketFeatureSet}, which applies each accepted quote to
 * its order book as level 0 and then calls their {@code onBook} (so book features such as
 * {@code imbalance} and {@code depth} work on a quotes input); other event features get trades and
 * quotes only. Single-threaded; allocates nothing per input.
 */
final class FeatureTimeline
{
    private final TimeframeLane[] lanes;
    private final TimeframeLane rowLane;
    private final Indicator[] tickIndicators;
    private final EventFeature[] eventFeatures;
    private final MarketFeatureSet marketFeatures;
    private final CsvRowWriter writer;

    private long lastInputNs = Long.MIN_VALUE;
    private long inputIntervalNs;
    private long acceptedCount;
    private long rejectedInvalidCount;
    private long rejectedLateCount;

    /**
     * @param lanes          every lane, the row lane included when rows are bars.
     * @param rowLane        the lane whose closes make rows, or null for one row per event (tick).
     * @param tickIndicators indicators updated with every event as a one-event bar.
     * @param eventFeatures  event features other than microstructure ones, fed every event.
     * @param marketFeatures microstructure features and their book, fed every event.
     * @param writer         the CSV writer.
     */
    FeatureTimeline(
        final TimeframeLane[] lanes,
        final TimeframeLane rowLane,
        final Indicator[] tickIndicators,
        final EventFeature[] eventFeatures,
        final MarketFeatureSet marketFeatures,
        final CsvRowWriter writer)
    {
        this.lanes = lanes.clone();
        this.rowLane = rowLane;
        this.tickIndicators = tickIndicators.clone();
        this.eventFeatures = eventFeatures.clone();
        this.marketFeatures = marketFeatures;
        this.writer = writer;
    }

    void inputIntervalNs(final long intervalNs)
    {
        this.inputIntervalNs = intervalNs;
    }

    void onTrade(final long timeNs, final double price, final double size)
    {
        if (!isPrice(price) || !(size >= 0.0) || size == Double.POSITIVE_INFINITY)
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
            feature.onTrade(timeNs, price, size, EventFeature.AGGRESSOR_UNKNOWN);
        }
        marketFeatures.onTrade(timeNs, price, size, EventFeature.AGGRESSOR_UNKNOWN);
        writeTickRow(timeNs);
    }

    void onQuote(
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
        writeTickRow(timeNs);
    }

    void onBar(
        final long startNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        final boolean consistent = isPrice(low) && isPrice(high) && isPrice(open) && isPrice(close) &&
            low <= open && low <= close && high >= open && high >= close && isSize(volume);
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
            lane.onInputBar(startNs, open, high, low, close, volume);
        }
        closeUpTo(startNs + inputIntervalNs);
    }

    /**
     * End of input: close every open bar, in order of end time, writing their rows.
     */
    void finish()
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
            if (rowLane != null && rowLane.takeClose())
            {
                writer.writeRow(rowLane.closedBarStartNs());
            }
        }
    }

    private void writeTickRow(final long timeNs)
    {
        if (rowLane == null)
        {
            writer.writeRow(timeNs);
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

    long acceptedCount()
    {
        return acceptedCount;
    }

    long rejectedInvalidCount()
    {
        return rejectedInvalidCount;
    }

    long rejectedLateCount()
    {
        return rejectedLateCount;
    }
}
