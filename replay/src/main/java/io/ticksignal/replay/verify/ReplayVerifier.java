package io.ticksignal.replay.verify;

import io.ticksignal.replay.run.ReplayListener;
import io.ticksignal.replay.run.ReplayResult;
import org.agrona.DirectBuffer;

/**
 * Listens to a replay and, per output stream ({@link OutputStreamCheck}), pairs the n-th regenerated signal with the n-th journaled one as soon as both exist,
 * comparing them with every field but {@code ingressToDecisionNs}; both streams go into their own
 * {@link OutputDigest}. Each side waits in a {@link SignalQueue} until its partner arrives: the replayed signal of
 * an input comes before the journaled output that follows that input, and a journaled recovery re-emission (see
 * the {@code run} package) pairs with the signal the replay made at its input. An optional further
 * {@link ReplayListener} sees every signal too (the CSV writer). The shadow model's signals ({@code SHADOW_OUTPUT})
 * are verified the same way in a stream of their own, with their own digests and first mismatch.
 * <p>
 * Thread: the replaying thread. Allocation: none per signal once the queues have grown; a mismatch description.
 */
public final class ReplayVerifier implements ReplayListener
{
    private final OutputStreamCheck outputs = new OutputStreamCheck();
    private final OutputStreamCheck shadowOutputs = new OutputStreamCheck();
    private final ReplayListener next;

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
        outputs.onReplayed(engineSequence, buffer, offset, length);
        if (null != next)
        {
            next.onReplayedSignal(engineSequence, buffer, offset, length);
        }
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onJournaledSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
        final int length)
    {
        outputs.onJournaled(engineSequence, buffer, offset, length);
        if (null != next)
        {
            next.onJournaledSignal(engineSequence, buffer, offset, length);
        }
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onReplayedShadowSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
        final int length)
    {
        shadowOutputs.onReplayed(engineSequence, buffer, offset, length);
        if (null != next)
        {
            next.onReplayedShadowSignal(engineSequence, buffer, offset, length);
        }
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onJournaledShadowSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
        final int length)
    {
        shadowOutputs.onJournaled(engineSequence, buffer, offset, length);
        if (null != next)
        {
            next.onJournaledShadowSignal(engineSequence, buffer, offset, length);
        }
    }

    /**
     * Conclude once the replay has ended: an output left on one side only is a mismatch, in either stream.
     *
     * @param replay the replay's result.
     * @return the report.
     */
    public VerifyReport report(final ReplayResult replay)
    {
        final OutputStreamReport live = outputs.report();
        final OutputStreamReport shadow = shadowOutputs.report();
        final boolean identical = live.firstMismatch().isEmpty() && shadow.firstMismatch().isEmpty() &&
            0 == replay.acceptanceMismatches() && 0 == replay.corruptRecords();
        return new VerifyReport(identical ? VerifyOutcome.IDENTICAL : VerifyOutcome.DIFFERENT,
            live.journaledDigest(), live.replayedDigest(), live.journaledCount(), live.replayedCount(),
            live.firstMismatch(), shadow, replay);
    }
}
