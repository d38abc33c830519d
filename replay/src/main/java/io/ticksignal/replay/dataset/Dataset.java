package io.ticksignal.replay.dataset;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.catalog.FeatureInput;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.model.LabelSpec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A built dataset: its feature columns, label, rows (time order; instruments in symbol order at equal times) and
 * counts. Immutable.
 */
public final class Dataset
{
    private final List<ParsedFeature> features;
    private final LabelSpec label;
    private final List<DatasetRow> rows;
    private final DatasetSummary summary;

    Dataset(
        final List<ParsedFeature> features, final LabelSpec label, final List<DatasetRow> rows,
        final DatasetSummary summary)
    {
        this.features = List.copyOf(features);
        this.label = label;
        this.rows = List.copyOf(rows);
        this.summary = summary;
    }

    /**
     * @return the feature expressions exactly as given: the CSV's feature headers.
     */
    public List<String> featureNames()
    {
        return features.stream().map(ParsedFeature::text).collect(Collectors.toList());
    }

    /**
     * @return the features, in column order.
     */
    public List<ParsedFeature> features()
    {
        return features;
    }

    /**
     * @return the label.
     */
    public LabelSpec label()
    {
        return label;
    }

    /**
     * @return the rows.
     */
    public List<DatasetRow> rows()
    {
        return rows;
    }

    /**
     * @return the counts.
     */
    public DatasetSummary summary()
    {
        return summary;
    }

    /**
     * @return the class names in class-index order.
     */
    public List<String> classNames()
    {
        return DatasetLabel.classNames(label);
    }

    /**
     * @return why there is no row, for a person (meaningful when {@link #rows()} is empty).
     */
    public String emptyReason()
    {
        final String timeframe = label.timeframe().configName();
        if (summary.eventsAccepted() == 0)
        {
            return "no input event was accepted (" + summary.rejectedInvalid() + " invalid, " +
                summary.rejectedLate() + " out of order); check the input and the --instrument/--from/--to filters";
        }
        if (summary.barCloses() == 0)
        {
            return "no " + timeframe + " bar closed in " + summary.eventsAccepted() + " events (a bar closes when " +
                "an event at or after its end arrives); use more data or a shorter label timeframe";
        }
        final StringBuilder reason = new StringBuilder();
        reason.append(summary.barCloses()).append(' ').append(timeframe).append(" bar closes: ")
            .append(summary.droppedWarmUp()).append(" with a feature not yet warm, ")
            .append(summary.droppedUnknownLabel()).append(" warm but with no bar ").append(label.horizonBars())
            .append(" closes later for the label");
        if (!summary.neverWarmFeatures().isEmpty())
        {
            reason.append("; never warm: ").append(summary.neverWarmFeatures().stream()
                .map(name -> name + " (warm after " + warmUpOf(name) + ")").collect(Collectors.joining(", ")))
                .append("; shorten their windows, pick other features, or use more data");
        }
        else
        {
            reason.append("; use more data or a shorter horizon");
        }
        return reason.toString();
    }

    private String warmUpOf(final String name)
    {
        for (final ParsedFeature feature : features)
        {
            if (feature.text().equals(name))
            {
                final Timeframe timeframe = feature.timeframeOr(Timeframe.TICK);
                if (feature.entry().input() != FeatureInput.BARS)
                {
                    return feature.warmUpCount() + " " + feature.entry().input().description();
                }
                return feature.warmUpCount() + (timeframe == Timeframe.TICK ? " inputs" :
                    " " + timeframe.configName() + " bars");
            }
        }
        return "more data";
    }
}
