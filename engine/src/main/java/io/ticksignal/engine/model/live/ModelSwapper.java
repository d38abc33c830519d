package io.ticksignal.engine.model.live;

import java.nio.charset.StandardCharsets;

import io.ticksignal.codecs.sbe.ControlEventEncoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.Scorer;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * The pipeline thread's side of a live swap: between two events it takes the prepared swap waiting in the
 * {@link ModelSwapSlot}, puts its scorer in place ({@link Pipeline#swapScorer}) and journals a {@code MODEL_SWAP}
 * control event (engine sequence: the last input's; model version; detail: {@link ModelSwapDetail}) right there,
 * so that a replay applies the swap at the same position. In {@link PipelineMode#REPLAY} nothing is journaled.
 * <p>
 * Thread: the pipeline thread. Allocation: none when no swap waits (one volatile read); a swap allocates.
 */
public final class ModelSwapper
{
    private static final int CONTROL_FIXED_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH +
        ControlEventEncoder.BLOCK_LENGTH + ControlEventEncoder.detailHeaderLength();

    private final ModelSwapSlot slot;
    private final Pipeline pipeline;
    private final JournalSink journal;
    private final EngineCounters counters;
    private final AtomicCounter swapsApplied;
    private final EpochNanoClock clock;

    /**
     * @param slot         where prepared swaps arrive.
     * @param pipeline     the pipeline whose scorer is swapped.
     * @param journal      where the control event is written.
     * @param counters     the engine's counters (journal documents).
     * @param swapsApplied counts applied swaps ({@code ticksignal: model swaps}).
     * @param clock        epoch-nanosecond clock for the control event's time, read only when a swap is applied.
     */
    public ModelSwapper(
        final ModelSwapSlot slot,
        final Pipeline pipeline,
        final JournalSink journal,
        final EngineCounters counters,
        final AtomicCounter swapsApplied,
        final EpochNanoClock clock)
    {
        this.clock = clock;
        this.slot = slot;
        this.pipeline = pipeline;
        this.journal = journal;
        this.counters = counters;
        this.swapsApplied = swapsApplied;
    }

    /**
     * Apply the waiting swap, if any. Call between two events.
     *
     * @param lastEngineSequence the engine sequence of the last input processed.
     * @return 1 when a swap was applied, else 0 (a duty cycle's work count).
     */
    public int applyPending(final long lastEngineSequence)
    {
        final PreparedSwap swap = slot.take();
        if (null == swap)
        {
            return 0;
        }
        final Scorer retired = pipeline.swapScorer(swap.scorer(), swap.scorer().columnIndexes());
        if (pipeline.mode() == PipelineMode.LIVE)
        {
            final String detail = swap.detail().format();
            journal.appendControl(lastEngineSequence, clock.nanoTime(), ControlType.MODEL_SWAP, swap.detail().version(),
                detail);
            counters.onJournalDocument(CONTROL_FIXED_LENGTH + detail.getBytes(StandardCharsets.UTF_8).length);
        }
        swapsApplied.incrementRelease();
        swap.applied(retired, lastEngineSequence);
        return 1;
    }
}
