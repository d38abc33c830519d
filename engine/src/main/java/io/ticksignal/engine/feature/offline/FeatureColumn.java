package io.ticksignal.engine.feature.offline;

import io.ticksignal.engine.feature.Feature;

/**
 * One CSV column: a feature instance, the output it shows, and how it is read. Single-threaded.
 */
final class FeatureColumn
{
    private final String header;
    private final Feature feature;
    private final int outputIndex;
    private final ColumnMode mode;
    private double sampledValue = Double.NaN;

    FeatureColumn(final String header, final Feature feature, final int outputIndex, final ColumnMode mode)
    {
        this.header = header;
        this.feature = feature;
        this.outputIndex = outputIndex;
        this.mode = mode;
    }

    /**
     * Keep the feature's current value (called when a bar of the column's timeframe closes).
     */
    void sample()
    {
        sampledValue = feature.value(outputIndex);
    }

    /**
     * @return the value to write; NaN when not warm.
     */
    double value()
    {
        return mode == ColumnMode.LIVE ? feature.value(outputIndex) : sampledValue;
    }

    String header()
    {
        return header;
    }

    Feature feature()
    {
        return feature;
    }
}
