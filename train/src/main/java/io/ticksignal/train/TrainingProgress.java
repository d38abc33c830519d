package io.ticksignal.train;

/**
 * Told how training advances (for a progress display). Called on the training thread.
 */
@FunctionalInterface
public interface TrainingProgress
{
    /**
     * @param fold       the fold being trained ({@code split} or {@code windowN}).
     * @param roundsDone boosting rounds done (logistic: 1 when fitted).
     * @param rounds     rounds in total.
     */
    void update(String fold, int roundsDone, int rounds);
}
