package io.ticksignal.replay.verify;

/**
 * The verdict of a verification.
 */
public enum VerifyOutcome
{
    /**
     * The replay regenerated the journaled outputs exactly; no corrupt record, no input decided differently.
     */
    IDENTICAL,

    /**
     * Something differs: see the report's first mismatch, acceptance mismatches or corrupt records.
     */
    DIFFERENT
}
