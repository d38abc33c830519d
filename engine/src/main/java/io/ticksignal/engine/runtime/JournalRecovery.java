package io.ticksignal.engine.runtime;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.model.live.JournalModelSwaps;
import io.ticksignal.engine.pipeline.EngineEvent;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.ShadowDecisionPath;
import org.agrona.DirectBuffer;

/**
 * Rebuilds the live pipeline's state from the journal before the engine goes live: the last cycle's
 * {@code INPUT} records, in order, with their journaled engine sequences and receive times, go through the very
 * stages the live engine runs, on the very {@link Pipeline} instance that then goes live: decode (per-instrument
 * checks: last event time, recent trade ids, the book), features, decision (the policy's hysteresis and last
 * emitted direction). The journal-input stage and the signal stage are not run, so nothing is journaled again and
 * no old signal is re-published.
 * <ul>
 *     <li>{@code MODEL_SWAP} control records swap the model at the same position as live
 *     ({@link JournalModelSwaps}); a bundle missing or changed since fails the recovery with a message naming it.</li>
 *     <li>{@code REJECTED_INPUT} records are passed over: a rejected input changes no state.</li>
 *     <li>An {@code INPUT} the replay now rejects (the configuration changed) is counted as a mismatch.</li>
 *     <li><b>A crash between an input and its output.</b> The journal is written ahead: an input is appended
 *     before the signal derived from it, on one thread. If the last input wanted a signal and no {@code OUTPUT}
 *     with its sequence follows, the process died in between: neither the journal nor any strategy has that
 *     signal. Recovery keeps the replayed slot ({@link #pendingSlot()}) and the pipeline thread completes it when
 *     the engine goes live: the signal stage journals and publishes it, as the uninterrupted run would have. Its
 *     {@code ingressToDecisionNs} then measures the restart.</li>
 * </ul>
 * The decode stage counts what it replays in the shared counters; {@link #replay} zeroes the input and signal
 * counters afterwards, so counters count this run's live traffic only.
 * <p>
 * Thread: the launching thread, before the agents start. Allocation: the slot at construction; none per record.
 */
public final class JournalRecovery implements JournalRecordListener
{
    private static final int POLL_LIMIT = 4096;

    private final Pipeline pipeline;
    private final JournalModelSwaps modelSwaps;
    private final EngineEvent slot = new EngineEvent();
    private long pendingSequence = RecoveryResult.NONE;
    private long pendingShadowSequence = RecoveryResult.NONE;
    private long inputsReplayed;
    private long rejectedSkipped;
    private long outputsSeen;
    private long corruptRecords;
    private long mismatches;

    /**
     * @param pipeline the live pipeline whose state is rebuilt.
     */
    public JournalRecovery(final Pipeline pipeline)
    {
        this.pipeline = pipeline;
        this.modelSwaps = new JournalModelSwaps(pipeline);
    }

    /**
     * Replay the last cycle of the journal, then zero the input and signal counters.
     *
     * @param reader   a reader over the engine's journal; left at the end.
     * @param counters the counters the pipeline was built with.
     * @return what was replayed and where the sequence continues.
     * @throws io.ticksignal.engine.model.live.ModelSwapException when a journaled model swap cannot be applied (the
     *                                                            bundle is missing or changed).
     */
    public RecoveryResult replay(final JournalReader reader, final EngineCounters counters)
    {
        if (reader.isEmpty())
        {
            return RecoveryResult.nothingToReplay(RecoveryMode.FRESH_JOURNAL);
        }
        final long lastSequence = Math.max(0, reader.lastEngineSequence());
        final long firstIndex = reader.firstIndexOfLastCycle();
        reader.toStartOfLastCycle();
        while (reader.poll(this, POLL_LIMIT) > 0)
        {
            // Poll until the end: the journal is not being written (this engine is not live yet).
        }
        resetLiveCounters(counters);
        return new RecoveryResult(RecoveryMode.REPLAYED, lastSequence, firstIndex, inputsReplayed, rejectedSkipped,
            outputsSeen, corruptRecords, mismatches, pendingSequence, pendingShadowSequence);
    }

    /**
     * @return model swaps applied from the journal's {@code MODEL_SWAP} control events.
     */
    public long modelSwapsApplied()
    {
        return modelSwaps.swapsApplied();
    }

    /**
     * @return the slot of the last input whose signal the previous run did not write, or {@code null}; valid
     * after {@link #replay}, to be completed by the pipeline thread with the signal stage.
     */
    public EngineEvent pendingSlot()
    {
        return RecoveryResult.NONE == pendingSequence ? null : slot;
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onRecord(
        final long index,
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final int rejectReason,
        final DirectBuffer payload,
        final int offset,
        final int length)
    {
        switch (kind)
        {
            case INPUT:
                replayInput(engineSequence, receiveTimeNs, payload, offset, length);
                break;
            case REJECTED_INPUT:
                rejectedSkipped++;
                pendingSequence = RecoveryResult.NONE;
                pendingShadowSequence = RecoveryResult.NONE;
                break;
            case CONTROL:
                modelSwaps.onControl(index, payload, offset);
                break;
            case OUTPUT:
                outputsSeen++;
                if (engineSequence == pendingSequence)
                {
                    pendingSequence = RecoveryResult.NONE;
                }
                break;
            case SHADOW_OUTPUT:
                if (engineSequence == pendingShadowSequence)
                {
                    pendingShadowSequence = RecoveryResult.NONE;
                }
                break;
            default:
                break;
        }
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        corruptRecords++;
    }

    private void replayInput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer payload, final int offset,
        final int length)
    {
        slot.onInput(engineSequence, receiveTimeNs, payload, offset, length);
        pipeline.decodeStage().onEvent(slot);
        if (!slot.isAccepted())
        {
            mismatches++;
            pendingSequence = RecoveryResult.NONE;
            pendingShadowSequence = RecoveryResult.NONE;
            return;
        }
        pipeline.featureStage().onEvent(slot);
        pipeline.decisionStage().onEvent(slot);
        inputsReplayed++;
        pendingSequence = slot.isSignalWanted() ? engineSequence : RecoveryResult.NONE;
        final ShadowDecisionPath shadow = pipeline.shadow();
        if (null != shadow)
        {
            shadow.decide(slot);
            pendingShadowSequence = shadow.slot().isSignalWanted() ? engineSequence : RecoveryResult.NONE;
        }
        // The drift monitor's windows, pending labels and alert states are rebuilt from the same inputs.
        pipeline.monitor().onEvent(slot);
    }

    private static void resetLiveCounters(final EngineCounters counters)
    {
        counters.inputsReceived().set(0);
        counters.inputsAccepted().set(0);
        counters.inputsRejected().set(0);
        for (final RejectReason reason : RejectReason.values())
        {
            if (RejectReason.NONE != reason && RejectReason.NULL_VAL != reason)
            {
                counters.rejected(reason.value()).set(0);
            }
        }
        for (final Direction direction : Direction.values())
        {
            if (Direction.NULL_VAL != direction)
            {
                counters.signals(direction.value()).set(0);
            }
        }
    }
}
