package io.ticksignal.replay.backtest;

/**
 * Which positions signals may open.
 */
public enum PositionMode
{
    /** BUY goes long, SELL goes flat; never short. */
    LONG_ONLY,
    /** BUY goes long, SELL goes short. */
    LONG_SHORT
}
