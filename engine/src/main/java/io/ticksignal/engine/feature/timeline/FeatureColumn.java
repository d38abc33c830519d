package io.ticksignal.engine.feature.timeline;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.indicator.Indicator;

/**
 * One feature of a {@link FeatureTimeline} as its readers see it: the feature instance, the output it shows, its
 * timeframe and how it is read ({@link ColumnMode}). Reads are O(1) and allocate nothing; single-threaded (the
 * timeline's thread).
 */
public final class FeatureColumn
{
    private final String name;
    private final Feature feature;
    private final int outputIndex;
    private final Timeframe timeframe;
    private final ColumnMode mode;
    private final boolean indicator;
    private double sampledValue = Double.NaN;

    FeatureColumn(
        final String name, final Feature feature, final int outputIndex, final Timeframe timeframe,
        final ColumnMode mode)
    {
        this.name = name;
        this.feature = feature;
        this.outputIndex = outputIndex;
        this.timeframe = timeframe;
        this.mode = mode;
        this.indicator = feature instanceof Indicator;
    }

    /**
     * Keep the feature's current value (called when a bar of the column's timeframe closes).
     */
    void sample()
    {
        sampledValue = feature.value(outputIndex);
    }

    /**
     * @return the current value: the feature's own for {@link ColumnMode#LIVE}, the last sample for
     * {@link ColumnMode#SAMPLED}; NaN while not warm.
     */
    public double value()
    {
        return mode == ColumnMode.LIVE ? feature.value(outputIndex) : sampledValue;
    }

    /**
     * @return true when {@link #value()} is not NaN.
     */
    public boolean hasValue()
    {
        return !Double.isNaN(value());
    }

    /**
     * Whether an input changes this column's value directly (rather than through a bar close): true for a tick
     * column whose feature takes that kind of input: an indicator takes trades, quotes and input bars; an event
     * feature takes trades, quotes and book updates.
     *
     * @param input an input kind.
     * @return true when the column updates on it.
     */
    public boolean updatesOn(final TimelineInput input)
    {
        if (timeframe != Timeframe.TICK)
        {
            return false;
        }
        return indicator ? input != TimelineInput.BOOK_UPDATE : input != TimelineInput.BAR;
    }

    /**
     * @return the expression as given, e.g. {@code rsi(14)@1m}; a CSV header.
     */
    public String name()
    {
        return name;
    }

    /**
     * @return the feature instance.
     */
    public Feature feature()
    {
        return feature;
    }

    /**
     * @return the index of the output shown.
     */
    public int outputIndex()
    {
        return outputIndex;
    }

    /**
     * @return the timeframe it runs on ({@link Timeframe#TICK}: every input).
     */
    public Timeframe timeframe()
    {
        return timeframe;
    }

    /**
     * @return how it is read.
     */
    public ColumnMode mode()
    {
        return mode;
    }
}
