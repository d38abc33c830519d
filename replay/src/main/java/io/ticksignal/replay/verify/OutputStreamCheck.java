package io.ticksignal.replay.verify;

import java.util.Optional;

import io.ticksignal.engine.journal.OutputDigest;
import org.agrona.DirectBuffer;

/**
 * One output stream's verification: pairs the n-th regenerated signal with the n-th journaled one as soon as both
 * exist, compares them with every field but {@code ingressToDecisionNs}, and folds each side into its own
 * {@link OutputDigest}. A {@link ReplayVerifier} keeps one for the live model's outputs and one for the shadow
 * model's.
 * <p>
 * Thread: the replaying thread. Allocation: none per signal once the queues have grown; a mismatch description.
 */
final class OutputStreamCheck
{
    private final OutputDigest journaledDigest = new OutputDigest();
    private final OutputDigest replayedDigest = new OutputDigest();
    private final SignalQueue journaled = new SignalQueue();
    private final SignalQueue replayed = new SignalQueue();
    private final SignalComparator comparator = new SignalComparator();
    private long compared;
    private SignalMismatch firstMismatch;

    void onReplayed(final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        replayedDigest.update(buffer, offset, length);
        replayed.add(engineSequence, buffer, offset, length);
        comparePairs();
    }

    void onJournaled(final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        journaledDigest.update(buffer, offset, length);
        journaled.add(engineSequence, buffer, offset, length);
        comparePairs();
    }

    /**
     * Conclude once the replay has ended: an output left on one side only is a mismatch.
     *
     * @return the stream's digests, counts and first mismatch.
     */
    OutputStreamReport report()
    {
        if (null == firstMismatch && !journaled.isEmpty())
        {
            firstMismatch = new SignalMismatch(compared, journaled.headSequence(), "presence",
                "a signal (" + journaled.size() + " more journaled)", "none");
        }
        else if (null == firstMismatch && !replayed.isEmpty())
        {
            firstMismatch = new SignalMismatch(compared, replayed.headSequence(), "presence", "none",
                "a signal (" + replayed.size() + " more replayed)");
        }
        return new OutputStreamReport(journaledDigest.toHexString(), replayedDigest.toHexString(),
            journaledDigest.outputCount(), replayedDigest.outputCount(), Optional.ofNullable(firstMismatch));
    }

    private void comparePairs()
    {
        while (!journaled.isEmpty() && !replayed.isEmpty())
        {
            if (null == firstMismatch)
            {
                firstMismatch = comparator.compare(compared, journaled.headSequence(), journaled.headBuffer(),
                    journaled.headLength(), replayed.headBuffer(), replayed.headLength());
            }
            compared++;
            journaled.removeHead();
            replayed.removeHead();
        }
    }
}
