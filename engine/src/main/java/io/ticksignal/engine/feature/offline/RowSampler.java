package io.ticksignal.engine.feature.offline;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.timeline.TimelineInput;
import io.ticksignal.engine.feature.timeline.TimelineListener;

/**
 * The offline runner's {@link TimelineListener}: writes a CSV row at each sample point of the row timeframe,
 * that is when a bar of the row timeframe closes (the row's time is the bar's start), or for {@code tick} rows
 * after each trade or quote (the row's time is the event's). Single-threaded; allocates nothing.
 */
final class RowSampler implements TimelineListener
{
    private final Timeframe rowTimeframe;
    private CsvRowWriter writer;

    RowSampler(final Timeframe rowTimeframe)
    {
        this.rowTimeframe = rowTimeframe;
    }

    /**
     * @param writer where rows go; set once the timeline, and so its columns, exist.
     */
    void writeTo(final CsvRowWriter writer)
    {
        this.writer = writer;
    }

    @Override
    public void onBarSample(final Timeframe timeframe, final long barStartNs)
    {
        if (timeframe == rowTimeframe)
        {
            writer.writeRow(barStartNs);
        }
    }

    @Override
    public void onEventSample(final long timeNs, final TimelineInput input)
    {
        if (rowTimeframe == Timeframe.TICK && (input == TimelineInput.TRADE || input == TimelineInput.QUOTE))
        {
            writer.writeRow(timeNs);
        }
    }
}
