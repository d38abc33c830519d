package io.ticksignal.replay.dataset;

/**
 * One dataset row: an instrument's features sampled at the close of a label-timeframe bar, with the forward return
 * and class of that bar. Immutable (the feature values are copied in and out).
 */
public final class DatasetRow
{
    private final long timeNs;
    private final String instrument;
    private final double[] features;
    private final double forwardReturn;
    private final int labelClass;

    /**
     * @param timeNs        the bar's close (its end, exclusive), ns since the epoch.
     * @param instrument    the instrument's symbol.
     * @param features      the feature values at that close, in column order (copied).
     * @param forwardReturn {@code close[t + H] / close[t] - 1}.
     * @param labelClass    the class index of the forward return.
     */
    DatasetRow(
        final long timeNs, final String instrument, final double[] features, final double forwardReturn,
        final int labelClass)
    {
        this.timeNs = timeNs;
        this.instrument = instrument;
        this.features = features.clone();
        this.forwardReturn = forwardReturn;
        this.labelClass = labelClass;
    }

    /**
     * @return the close of the bar the row is sampled at (the bar's end), ns since the epoch.
     */
    public long timeNs()
    {
        return timeNs;
    }

    /**
     * @return the instrument's symbol.
     */
    public String instrument()
    {
        return instrument;
    }

    /**
     * @return the number of feature values.
     */
    public int featureCount()
    {
        return features.length;
    }

    /**
     * @param column a feature column index.
     * @return its value at the row's time; never NaN.
     */
    public double feature(final int column)
    {
        return features[column];
    }

    /**
     * @return a copy of the feature values, in column order.
     */
    public double[] features()
    {
        return features.clone();
    }

    /**
     * @return {@code close[t + H] / close[t] - 1} of the label timeframe's bars.
     */
    public double forwardReturn()
    {
        return forwardReturn;
    }

    /**
     * @return the class index: 0 DOWN, 1 UP (2 classes) or 0 DOWN, 1 FLAT, 2 UP (3 classes).
     */
    public int labelClass()
    {
        return labelClass;
    }
}
