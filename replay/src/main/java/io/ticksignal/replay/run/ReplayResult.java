package io.ticksignal.replay.run;

import java.util.List;

/**
 * What a replay did. Immutable.
 *
 * @param documentsRead        journal documents read, well-formed and corrupt.
 * @param inputsReplayed       {@code INPUT} records replayed.
 * @param rejectedReplayed     {@code REJECTED_INPUT} records replayed.
 * @param acceptanceMismatches inputs whose acceptance or reject reason now differs from the journal's.
 * @param firstAcceptanceMismatchSequence engine sequence of the first of those, or -1.
 * @param replayedSignals      regenerated signals, all instruments and times.
 * @param replayedSelected     regenerated signals that passed the filter.
 * @param journaledSelected    journaled signals that passed the filter.
 * @param replayedShadowSignals regenerated shadow signals that passed the filter ({@code model.shadow}).
 * @param journaledShadowSelected journaled {@code SHADOW_OUTPUT} signals that passed the filter.
 * @param modelSwapsApplied    journaled model swaps applied.
 * @param modelSwapsSkipped    journaled model swaps passed over ({@link ModelSwapMode#KEEP_GIVEN_MODEL}).
 * @param recoveries           {@code RECOVERY_START} control events (engine restarts on this journal).
 * @param corruptRecords       corrupt documents.
 * @param corruptIndexes       the indexes of the first corrupt documents (at most {@link ReplayDriver#CORRUPT_KEPT}).
 * @param elapsedNs            wall time of the replay.
 */
public record ReplayResult(
    long documentsRead,
    long inputsReplayed,
    long rejectedReplayed,
    long acceptanceMismatches,
    long firstAcceptanceMismatchSequence,
    long replayedSignals,
    long replayedSelected,
    long journaledSelected,
    long replayedShadowSignals,
    long journaledShadowSelected,
    long modelSwapsApplied,
    long modelSwapsSkipped,
    long recoveries,
    long corruptRecords,
    List<Long> corruptIndexes,
    long elapsedNs)
{
    /**
     * Copies the index list.
     */
    public ReplayResult
    {
        corruptIndexes = List.copyOf(corruptIndexes);
    }

    /**
     * @return inputs replayed per second of wall time (accepted and rejected).
     */
    public double eventsPerSecond()
    {
        return elapsedNs <= 0 ? 0.0 : (inputsReplayed + rejectedReplayed) * 1e9 / elapsedNs;
    }
}
