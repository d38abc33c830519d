package io.ticksignal.engine.runtime;

/**
 * What recovery found and did before the engine went live. Immutable.
 *
 * @param mode               whether a journal was replayed.
 * @param lastEngineSequence the last engine sequence in the journal (0 when empty or disabled); the first live
 *                           input gets the next one.
 * @param firstIndex         Chronicle index where the replay started (the last cycle's first document), or -1.
 * @param inputsReplayed     INPUT records replayed through decode, features and decision.
 * @param rejectedSkipped    REJECTED_INPUT records passed over (a rejected input changes no state).
 * @param outputsSeen        OUTPUT records read (not re-published).
 * @param corruptRecords     documents that were not well-formed records.
 * @param mismatches         INPUT records the replay rejected (the configuration changed since they were
 *                           accepted); their state is not rebuilt.
 * @param completedSequence  engine sequence of the input whose signal the crash cut off and recovery completed
 *                           (journaled and published when the engine went live), or -1 when none.
 * @param completedShadowSequence engine sequence of the input whose shadow signal ({@code SHADOW_OUTPUT}) the
 *                           crash cut off and recovery completed (journaled when the engine went live), or -1.
 */
public record RecoveryResult(
    RecoveryMode mode,
    long lastEngineSequence,
    long firstIndex,
    long inputsReplayed,
    long rejectedSkipped,
    long outputsSeen,
    long corruptRecords,
    long mismatches,
    long completedSequence,
    long completedShadowSequence)
{
    /** {@link #completedSequence()} when no output was completed. */
    public static final long NONE = -1;

    /**
     * @param mode {@link RecoveryMode#FRESH_JOURNAL} or {@link RecoveryMode#JOURNAL_DISABLED}.
     * @return the result of a start with nothing to replay.
     */
    public static RecoveryResult nothingToReplay(final RecoveryMode mode)
    {
        return new RecoveryResult(mode, 0, NONE, 0, 0, 0, 0, 0, NONE, NONE);
    }

    /**
     * @return one line for logs and the summary.
     */
    public String describe()
    {
        switch (mode)
        {
            case JOURNAL_DISABLED:
                return "recovery: none (journal disabled)";
            case FRESH_JOURNAL:
                return "recovery: none (empty journal)";
            case REPLAYED:
            default:
                return "recovery: replayed " + inputsReplayed + " inputs of the last cycle from index " + firstIndex +
                    " (" + rejectedSkipped + " rejected passed over, " + outputsSeen + " outputs not re-published, " +
                    corruptRecords + " corrupt, " + mismatches + " now rejected); last engine sequence " +
                    lastEngineSequence + (NONE == completedSequence ? "" :
                    "; completed the signal of input " + completedSequence + " that the previous run did not write") +
                    (NONE == completedShadowSequence ? "" : "; completed the shadow signal of input " +
                    completedShadowSequence + " that the previous run did not write");
        }
    }
}
