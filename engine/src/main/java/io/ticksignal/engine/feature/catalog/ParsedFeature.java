package io.ticksignal.engine.feature.catalog;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.Feature;

import java.util.Objects;

/**
 * A validated feature expression: the catalog entry, every argument (defaults applied), the output
 * index and the timeframe. Immutable; builds any number of independent instances.
 */
public final class ParsedFeature
{
    private final String text;
    private final FeatureEntry entry;
    private final FeatureArguments arguments;
    private final int outputIndex;
    private final Timeframe timeframe;
    private final TimeframeSource timeframeSource;
    private final int timeframePosition;

    ParsedFeature(
        final String text,
        final FeatureEntry entry,
        final FeatureArguments arguments,
        final int outputIndex,
        final Timeframe timeframe,
        final TimeframeSource timeframeSource,
        final int timeframePosition)
    {
        this.text = Objects.requireNonNull(text, "text");
        this.entry = entry;
        this.arguments = arguments;
        this.outputIndex = outputIndex;
        this.timeframe = timeframe;
        this.timeframeSource = timeframeSource;
        this.timeframePosition = timeframePosition;
    }

    /**
     * @return a new, cold instance (configuration time; allocates).
     */
    public Feature create()
    {
        return entry.create(arguments);
    }

    /**
     * @param contextTimeframe the timeframe of whatever runs the feature (e.g. the command's).
     * @return the explicit timeframe, or contextTimeframe when the expression has no {@code @}.
     */
    public Timeframe timeframeOr(final Timeframe contextTimeframe)
    {
        return timeframeSource == TimeframeSource.EXPLICIT ? timeframe : contextTimeframe;
    }

    /**
     * @return the fully spelled-out form: every argument, the output name and the timeframe when explicit,
     * e.g. {@code rsi(14).value} for {@code rsi}; two expressions meaning the same feature have the same form.
     */
    public String canonical()
    {
        final StringBuilder builder = new StringBuilder(entry.name());
        for (int i = 0; i < arguments.count(); i++)
        {
            builder.append(i == 0 ? '(' : ',').append(ArgumentSpec.format(arguments.doubleAt(i)));
        }
        if (arguments.count() > 0)
        {
            builder.append(')');
        }
        builder.append('.').append(outputName());
        if (timeframeSource == TimeframeSource.EXPLICIT)
        {
            builder.append('@').append(timeframe.configName());
        }
        return builder.toString();
    }

    /**
     * @return the expression exactly as given (surrounding white space removed); use it for CSV headers.
     */
    public String text()
    {
        return text;
    }

    /**
     * @return the catalog entry.
     */
    public FeatureEntry entry()
    {
        return entry;
    }

    /**
     * @return every argument, defaults applied.
     */
    public FeatureArguments arguments()
    {
        return arguments;
    }

    /**
     * @return the index of the chosen output (0 when the expression names none).
     */
    public int outputIndex()
    {
        return outputIndex;
    }

    /**
     * @return the chosen output's name.
     */
    public String outputName()
    {
        return entry.outputs().get(outputIndex);
    }

    /**
     * @return the timeframe written after {@code @}; {@link Timeframe#TICK} when there is none (see
     * {@link #timeframeSource()} and {@link #timeframeOr(Timeframe)}).
     */
    public Timeframe timeframe()
    {
        return timeframe;
    }

    /**
     * @return whether the timeframe was written or comes from the context.
     */
    public TimeframeSource timeframeSource()
    {
        return timeframeSource;
    }

    /**
     * @return 1-based position of the {@code @}, or 0 when there is none (for messages about the timeframe).
     */
    public int timeframePosition()
    {
        return timeframePosition;
    }

    /**
     * @return the warm-up count for these arguments, in inputs of the feature's timeframe.
     */
    public int warmUpCount()
    {
        return entry.warmUpCount(arguments);
    }

    @Override
    public String toString()
    {
        return text;
    }
}
