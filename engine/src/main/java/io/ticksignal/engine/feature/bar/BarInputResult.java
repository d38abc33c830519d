package io.ticksignal.engine.feature.bar;

/**
 * What a bar builder did with one input. Returned without allocation.
 */
public enum BarInputResult
{
    /** The event went into the bar that was already open. */
    ADDED_TO_BAR,

    /** The event opened a new bar; the bar open before it, if any, was closed and emitted first. */
    STARTED_BAR,

    /** The input bar was valid and was emitted as it is. */
    PASSED_THROUGH,

    /**
     * The input's time is earlier than the current bar's start or falls in an interval that was
     * already closed (time going backwards); nothing changed except the rejection counter.
     */
    REJECTED_LATE,

    /**
     * The input is malformed (non-finite or non-positive price, non-finite or negative size,
     * crossed quote, inconsistent OHLC); nothing changed except the rejection counter.
     */
    REJECTED_INVALID;

    /**
     * @return true if the input was rejected and left no trace but a counter.
     */
    public boolean isRejected()
    {
        return this == REJECTED_LATE || this == REJECTED_INVALID;
    }
}
