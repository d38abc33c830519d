package io.ticksignal.replay.signals;

/**
 * How signal rows are written.
 */
public enum SignalFormat
{
    /**
     * Comma-separated values with a header row.
     */
    CSV,

    /**
     * An aligned text table with a header row, for a terminal.
     */
    TEXT
}
