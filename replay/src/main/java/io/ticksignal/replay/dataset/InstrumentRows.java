package io.ticksignal.replay.dataset;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.timeline.FeatureColumn;
import io.ticksignal.engine.feature.timeline.FeatureTimeline;
import io.ticksignal.engine.feature.timeline.TimelineInput;
import io.ticksignal.engine.feature.timeline.TimelineListener;
import io.ticksignal.engine.model.LabelSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * One instrument's rows: its {@link FeatureTimeline} (built as the live engine builds it: expressions without
 * {@code @} run on every input) plus the label timeframe's bar close, and, at each close of a label-timeframe bar,
 * a sample of every feature. A sample waits in a ring of the last H closes until the bar H closes later gives its
 * forward return; it becomes a row if every feature had a value. Single-threaded; after construction it allocates
 * only the rows it keeps.
 */
final class InstrumentRows implements TimelineListener
{
    private final String symbol;
    private final LabelSpec label;
    private final int featureCount;
    private final int horizon;
    private final long[] pendingCloseNs;
    private final double[] pendingClose;
    private final double[][] pendingFeatures;
    private final boolean[] pendingWarm;
    private final boolean[] everWarm;
    private final List<DatasetRow> rows = new ArrayList<>();
    private FeatureTimeline timeline;
    private FeatureColumn[] features;
    private FeatureColumn close;
    private long barCloses;
    private long droppedWarmUp;

    private InstrumentRows(final String symbol, final int featureCount, final LabelSpec label)
    {
        this.symbol = symbol;
        this.label = label;
        this.featureCount = featureCount;
        this.horizon = label.horizonBars();
        this.pendingCloseNs = new long[horizon];
        this.pendingClose = new double[horizon];
        this.pendingFeatures = new double[horizon][featureCount];
        this.pendingWarm = new boolean[horizon];
        this.everWarm = new boolean[featureCount];
    }

    /**
     * @param symbol   the instrument's symbol, written in each row.
     * @param features the features, in column order.
     * @param label    the label.
     * @return the instrument's rows, with a fresh timeline.
     */
    static InstrumentRows create(final String symbol, final List<ParsedFeature> features, final LabelSpec label)
    {
        final InstrumentRows rows = new InstrumentRows(symbol, features.size(), label);
        final List<ParsedFeature> all = new ArrayList<>(features);
        all.add(LabelBarClose.on(label.timeframe()));
        rows.timeline = FeatureTimeline.create(all, Timeframe.TICK, label.timeframe(), rows);
        rows.features = new FeatureColumn[features.size()];
        for (int i = 0; i < rows.features.length; i++)
        {
            rows.features[i] = rows.timeline.column(i);
        }
        rows.close = rows.timeline.column(features.size());
        return rows;
    }

    @Override
    public void onBarSample(final Timeframe timeframe, final long barStartNs)
    {
        if (timeframe != label.timeframe())
        {
            return;
        }
        final int slot = (int)(barCloses % horizon);
        final double closeNow = close.value();
        if (barCloses >= horizon && pendingWarm[slot])
        {
            final double forwardReturn = closeNow / pendingClose[slot] - 1.0;
            rows.add(new DatasetRow(pendingCloseNs[slot], symbol, pendingFeatures[slot], forwardReturn,
                label.classOf(forwardReturn)));
        }
        boolean warm = true;
        final double[] values = pendingFeatures[slot];
        for (int i = 0; i < featureCount; i++)
        {
            values[i] = features[i].value();
            if (Double.isNaN(values[i]))
            {
                warm = false;
            }
            else
            {
                everWarm[i] = true;
            }
        }
        pendingWarm[slot] = warm;
        pendingCloseNs[slot] = barStartNs + timeframe.lengthNs();
        pendingClose[slot] = closeNow;
        if (!warm)
        {
            droppedWarmUp++;
        }
        barCloses++;
    }

    @Override
    public void onEventSample(final long timeNs, final TimelineInput input)
    {
        // Rows are sampled at bar closes only.
    }

    FeatureTimeline timeline()
    {
        return timeline;
    }

    String symbol()
    {
        return symbol;
    }

    List<DatasetRow> rows()
    {
        return rows;
    }

    long barCloses()
    {
        return barCloses;
    }

    long droppedWarmUp()
    {
        return droppedWarmUp;
    }

    /**
     * @return closes with every feature warm whose label bar has not closed (the last H closes at most).
     */
    long droppedUnknownLabel()
    {
        long count = 0;
        final long waiting = Math.min(barCloses, horizon);
        for (long k = barCloses - waiting; k < barCloses; k++)
        {
            if (pendingWarm[(int)(k % horizon)])
            {
                count++;
            }
        }
        return count;
    }

    /**
     * @param column a feature column.
     * @return true when it had a value at some close.
     */
    boolean everWarm(final int column)
    {
        return everWarm[column];
    }
}
