package io.ticksignal.engine.feature.timeline;

/**
 * How a {@link FeatureColumn} reads its feature.
 */
public enum ColumnMode
{
    /** The feature's current value (bar features, tick features). */
    LIVE,
    /** The value sampled when the last bar of the column's timeframe closed (event features on a bar timeframe). */
    SAMPLED
}
