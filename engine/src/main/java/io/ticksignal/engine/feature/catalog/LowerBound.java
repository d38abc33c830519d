package io.ticksignal.engine.feature.catalog;

/**
 * Whether an argument's minimum is itself allowed.
 */
public enum LowerBound
{
    /** The minimum is allowed: {@code [min, max]}. */
    INCLUSIVE,
    /** Only values above the minimum are allowed: {@code (min, max]}. */
    EXCLUSIVE
}
