package io.ticksignal.engine.feature.offline;

/**
 * How a CSV column reads its feature.
 */
enum ColumnMode
{
    /** The feature's current value when the row is written (bar features, tick features). */
    LIVE,
    /** The value sampled when the last bar of the column's timeframe closed (event features on a bar timeframe). */
    SAMPLED
}
