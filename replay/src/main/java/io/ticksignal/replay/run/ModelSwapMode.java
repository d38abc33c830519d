package io.ticksignal.replay.run;

/**
 * What a replay does with the journal's {@code MODEL_SWAP} control events.
 */
public enum ModelSwapMode
{
    /**
     * Swap to the journaled bundle at the same position as live: the replay reproduces the live run.
     */
    APPLY_JOURNALED,

    /**
     * Keep the model of the given configuration throughout: a backtest of that model. Swaps are counted only.
     */
    KEEP_GIVEN_MODEL
}
