package io.ticksignal.replay.backtest;

/**
 * Why a trade was closed.
 */
public enum TradeExit
{
    /** A signal flattened or reversed the position; the exit fill paid costs. */
    SIGNAL,
    /** The data ended with the position open: marked at the last price, no exit cost. */
    END_OF_DATA
}
