package io.ticksignal.replay.dataset;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.model.LabelSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a point-in-time dataset from market events: per instrument a
 * {@link io.ticksignal.engine.feature.timeline.FeatureTimeline} (the code the live pipeline runs per instrument,
 * with features built as the live engine builds them), one candidate row per close of a label-timeframe bar, and a
 * row kept when every feature has a value at that close and the bar H closes later has closed (see the package
 * documentation). Events go in per instrument in time order, exactly as the engine would apply them; invalid or
 * out-of-order events are rejected and counted by the timeline.
 * <p>
 * Use from one thread. Per event it allocates nothing except the rows it keeps.
 */
public final class DatasetBuilder
{
    private final List<ParsedFeature> features;
    private final LabelSpec label;
    private final List<InstrumentRows> instruments = new ArrayList<>();
    private final Map<String, Integer> indexBySymbol = new HashMap<>();

    /**
     * @param features the features, in column order; at least one, no expression twice.
     * @param label    the label.
     * @throws DatasetException when there is no feature or one is given twice.
     */
    public DatasetBuilder(final List<ParsedFeature> features, final LabelSpec label)
    {
        if (features.isEmpty())
        {
            throw new DatasetException("no features; give at least one expression, e.g. --features 'rsi(14)@1m'");
        }
        final Set<String> seen = new HashSet<>();
        for (final ParsedFeature feature : features)
        {
            if (!seen.add(feature.text()))
            {
                throw new DatasetException("the feature " + feature.text() + " is given twice; " +
                    "each column of the dataset must have its own name");
            }
        }
        this.features = List.copyOf(features);
        this.label = label;
    }

    /**
     * The dense index of an instrument, added on first use. Set-up or first event of the instrument; allocates then.
     *
     * @param symbol the instrument's symbol as written in the rows.
     * @return its index for the {@code on*} methods.
     */
    public int instrument(final String symbol)
    {
        final Integer index = indexBySymbol.get(symbol);
        if (index != null)
        {
            return index;
        }
        instruments.add(InstrumentRows.create(symbol, features, label));
        indexBySymbol.put(symbol, instruments.size() - 1);
        return instruments.size() - 1;
    }

    /**
     * One trade; see {@link io.ticksignal.engine.feature.timeline.FeatureTimeline#onTrade}.
     */
    public void onTrade(
        final int instrument, final long timeNs, final double price, final double size, final int aggressor)
    {
        instruments.get(instrument).timeline().onTrade(timeNs, price, size, aggressor);
    }

    /**
     * One top-of-book quote; see {@link io.ticksignal.engine.feature.timeline.FeatureTimeline#onQuote}.
     */
    public void onQuote(
        final int instrument, final long timeNs, final double bidPrice, final double bidSize, final double askPrice,
        final double askSize)
    {
        instruments.get(instrument).timeline().onQuote(timeNs, bidPrice, bidSize, askPrice, askSize);
    }

    /**
     * One book update; see {@link io.ticksignal.engine.feature.timeline.FeatureTimeline#onBookUpdate}.
     */
    public void onBookUpdate(
        final int instrument, final long timeNs, final BookSide side, final int level, final BookAction action,
        final double price, final double size)
    {
        instruments.get(instrument).timeline().onBookUpdate(timeNs, side, level, action, price, size);
    }

    /**
     * One complete input bar; see {@link io.ticksignal.engine.feature.timeline.FeatureTimeline#onBar}.
     */
    public void onBar(
        final int instrument, final long startNs, final long intervalNs, final double open, final double high,
        final double low, final double close, final double volume)
    {
        instruments.get(instrument).timeline().onBar(startNs, intervalNs, open, high, low, close, volume);
    }

    /**
     * End of input. A bar still open is left open, as the live engine would leave it until a later event: it is
     * neither a row nor the label of one. Call once.
     *
     * @return the dataset: rows in time order (instruments in symbol order at equal times) and the counts.
     */
    public Dataset finish()
    {
        final List<DatasetRow> rows = new ArrayList<>();
        long barCloses = 0;
        long droppedWarmUp = 0;
        long droppedUnknownLabel = 0;
        long accepted = 0;
        long rejectedInvalid = 0;
        long rejectedLate = 0;
        for (final InstrumentRows instrument : instruments)
        {
            rows.addAll(instrument.rows());
            barCloses += instrument.barCloses();
            droppedWarmUp += instrument.droppedWarmUp();
            droppedUnknownLabel += instrument.droppedUnknownLabel();
            accepted += instrument.timeline().acceptedCount();
            rejectedInvalid += instrument.timeline().rejectedInvalidCount();
            rejectedLate += instrument.timeline().rejectedLateCount();
        }
        rows.sort((a, b) -> a.timeNs() != b.timeNs() ?
            Long.compare(a.timeNs(), b.timeNs()) : a.instrument().compareTo(b.instrument()));
        final long[] classCounts = new long[label.classes()];
        for (final DatasetRow row : rows)
        {
            classCounts[row.labelClass()]++;
        }
        final List<String> neverWarm = new ArrayList<>();
        for (int column = 0; column < features.size(); column++)
        {
            if (!everWarm(column))
            {
                neverWarm.add(features.get(column).text());
            }
        }
        final DatasetSummary summary = new DatasetSummary(instruments.size(), barCloses, rows.size(), droppedWarmUp,
            droppedUnknownLabel, accepted, rejectedInvalid, rejectedLate, classCounts, neverWarm);
        return new Dataset(features, label, rows, summary);
    }

    private boolean everWarm(final int column)
    {
        for (final InstrumentRows instrument : instruments)
        {
            if (instrument.everWarm(column))
            {
                return true;
            }
        }
        return false;
    }
}
