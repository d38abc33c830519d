package io.ticksignal.replay.run;

/**
 * Told after each batch of journal documents a replay reads (a terminal progress line, say).
 */
@FunctionalInterface
public interface ReplayProgress
{
    /**
     * Reports nothing.
     */
    ReplayProgress NONE = (documentsRead, inputsReplayed) -> { };

    /**
     * @param documentsRead  journal documents read so far.
     * @param inputsReplayed inputs (accepted and rejected) replayed so far.
     */
    void onBatch(long documentsRead, long inputsReplayed);
}
