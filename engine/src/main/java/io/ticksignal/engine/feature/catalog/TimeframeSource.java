package io.ticksignal.engine.feature.catalog;

/**
 * Where a parsed feature's timeframe comes from.
 */
public enum TimeframeSource
{
    /** The expression has no {@code @}: the feature runs on the timeframe of whatever runs it (e.g. the command's {@code --timeframe}). */
    CONTEXT,
    /** The expression names it after {@code @}. */
    EXPLICIT
}
