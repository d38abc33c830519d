package io.ticksignal.engine.feature.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.microstructure.MarketFeature;
import io.ticksignal.engine.feature.microstructure.MarketFeatureSet;

/**
 * Builds a {@link FeatureTimeline} from parsed features: one fresh instance per feature, indicators grouped into
 * one lane per bar timeframe (in timeframe order) or run on every input ({@code tick}), event features split into
 * the microstructure set and the others, and a column per feature. Configuration time; allocates.
 */
final class TimelineAssembly
{
    private final Timeframe contextTimeframe;
    private final Map<Timeframe, List<Indicator>> laneIndicators = new EnumMap<>(Timeframe.class);
    private final Map<Timeframe, List<FeatureColumn>> laneSamples = new EnumMap<>(Timeframe.class);
    private final List<Indicator> tickIndicators = new ArrayList<>();
    private final List<MarketFeature> marketFeatures = new ArrayList<>();
    private final List<EventFeature> otherEventFeatures = new ArrayList<>();

    private TimelineAssembly(final Timeframe contextTimeframe)
    {
        this.contextTimeframe = contextTimeframe;
    }

    static FeatureTimeline assemble(
        final List<ParsedFeature> features,
        final Timeframe contextTimeframe,
        final Timeframe samplingTimeframe,
        final TimelineListener listener)
    {
        final TimelineAssembly assembly = new TimelineAssembly(contextTimeframe);
        final FeatureColumn[] columns = new FeatureColumn[features.size()];
        for (int i = 0; i < columns.length; i++)
        {
            columns[i] = assembly.column(features.get(i));
        }
        if (samplingTimeframe != Timeframe.TICK)
        {
            assembly.laneIndicators.computeIfAbsent(samplingTimeframe, t -> new ArrayList<>());
        }
        final List<TimeframeLane> lanes = new ArrayList<>();
        for (final Map.Entry<Timeframe, List<Indicator>> entry : assembly.laneIndicators.entrySet())
        {
            lanes.add(new TimeframeLane(entry.getKey(), entry.getValue().toArray(new Indicator[0]),
                assembly.laneSamples.getOrDefault(entry.getKey(), List.of()).toArray(new FeatureColumn[0])));
        }
        return new FeatureTimeline(
            lanes.toArray(new TimeframeLane[0]),
            assembly.tickIndicators.toArray(new Indicator[0]),
            assembly.otherEventFeatures.toArray(new EventFeature[0]),
            new MarketFeatureSet(assembly.marketFeatures.toArray(new MarketFeature[0])),
            columns,
            listener);
    }

    private FeatureColumn column(final ParsedFeature parsed)
    {
        final Feature feature = parsed.create();
        final Timeframe timeframe = parsed.timeframeOr(contextTimeframe);
        if (feature instanceof Indicator)
        {
            final Indicator indicator = (Indicator)feature;
            if (timeframe == Timeframe.TICK)
            {
                tickIndicators.add(indicator);
            }
            else
            {
                laneIndicators.computeIfAbsent(timeframe, t -> new ArrayList<>()).add(indicator);
            }
            return new FeatureColumn(parsed.text(), feature, parsed.outputIndex(), timeframe, ColumnMode.LIVE);
        }
        final EventFeature eventFeature = (EventFeature)feature;
        if (eventFeature instanceof MarketFeature)
        {
            marketFeatures.add((MarketFeature)eventFeature);
        }
        else
        {
            otherEventFeatures.add(eventFeature);
        }
        if (timeframe == Timeframe.TICK)
        {
            return new FeatureColumn(parsed.text(), feature, parsed.outputIndex(), timeframe, ColumnMode.LIVE);
        }
        final FeatureColumn column =
            new FeatureColumn(parsed.text(), feature, parsed.outputIndex(), timeframe, ColumnMode.SAMPLED);
        laneIndicators.computeIfAbsent(timeframe, t -> new ArrayList<>());
        laneSamples.computeIfAbsent(timeframe, t -> new ArrayList<>()).add(column);
        return column;
    }
}
