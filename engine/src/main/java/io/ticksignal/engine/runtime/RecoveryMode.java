package io.ticksignal.engine.runtime;

/**
 * How an engine started.
 */
public enum RecoveryMode
{
    /** The journal is disabled: nothing to recover, sequences start at 1. */
    JOURNAL_DISABLED,

    /** The journal was empty: a first start. */
    FRESH_JOURNAL,

    /** The journal held records: the last cycle's inputs were replayed before going live. */
    REPLAYED
}
