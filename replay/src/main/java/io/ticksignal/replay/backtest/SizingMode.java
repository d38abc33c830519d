package io.ticksignal.replay.backtest;

/**
 * How big a position a signal opens; the size is {@link BacktestContext#size()}.
 */
public enum SizingMode
{
    /** A fixed number of units of the instrument (size = units). */
    FIXED_UNITS,
    /** A fraction of the equity at the fill, in units {@code size * equity / fillPrice} (size = fraction, 1 = all). */
    EQUITY_FRACTION
}
