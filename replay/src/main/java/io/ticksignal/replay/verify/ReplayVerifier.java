package io.ticksignal.replay.verify;

import java.util.Optional;

import io.ticksignal.engine.journal.OutputDigest;
import io.ticksignal.replay.run.ReplayListener;
import io.ticksignal.replay.run.ReplayResult;
import org.agrona.DirectBuffer;

/**
 * Listens to a replay and pairs the n-th regenerated signal with the n-th journaled one as soon as both exist,
 * comparing them with every field but {@code ingressToDecisionNs}; both streams go into their own
 * {@link OutputDigest}. Each side waits in a {@link SignalQueue} until its partner arrives: the replayed signal of
 * an input comes before the journaled output that follows that input, and a journaled recovery re-emission (see
 * the {@code run} package) pairs with the signal the replay made at its input. An optional further
 * {@link ReplayListener} sees every signal too (the CSV writer).
 * <p>
 * Thread: the replaying thread. Allocation: none per signal once the queues have grown; a mismatch description.
 */
public final class ReplayVerifier implements ReplayListener
{
    private final OutputDigest journaledDigest = new OutputDigest();
    private final OutputDigest replayedDigest = new OutputDigest();
    private final SignalQueue journaled = new SignalQueue();
    private final SignalQueue replayed = new SignalQueue();
    private final SignalComparator comparator = new SignalComparator();
    private final ReplayListener next;
    private long compared;
    private SignalMismatch firstMismatch;

    /**
     * @param next also told of every signal; {@code null} for none.
     */
    public ReplayVerifier(final ReplayListener next)
    {
        this.next = next;
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onReplayedSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
        final int length)
    {
        replayedDigest.update(buffer, offset, length);
        replayed.add(engineSequence, buffer, offset, length);
        if (null != next)
        {
            next.onReplayedSignal(engineSequence, buffer, offset, length);
        }
        comparePairs();
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onJournaledSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
        final int length)
    {
        journaledDigest.update(buffer, offset, length);
        journaled.add(engineSequence, buffer, offset, length);
        if (null != next)
        {
            next.onJournaledSignal(engineSequence, buffer, offset, length);
        }
        comparePairs();
    }

    /**
     * Conclude once the replay has ended: an output left on one side only is a mismatch.
     *
     * @param replay the replay's result.
     * @return the report.
     */
    public VerifyReport report(final ReplayResult replay)
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
        final boolean identical = null == firstMismatch && 0 == replay.acceptanceMismatches() &&
            0 == replay.corruptRecords();
        return new VerifyReport(identical ? VerifyOutcome.IDENTICAL : VerifyOutcome.DIFFERENT,
            journaledDigest.toHexString(), replayedDigest.toHexString(), journaledDigest.outputCount(),
            replayedDigest.outputCount(), Optional.ofNullable(firstMismatch), replay);
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
