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
     * Journal a {@code MODEL_SWAP} naming the model already in place, without swapping: an engine following a model
     * registry does so when it goes live, so that a replay of the journal scores the inputs that follow with that
     * model whatever model the replay starts with. Not counted as a swap. Nothing is journaled in
     * {@link PipelineMode#REPLAY}.
     *
     * @param detail             the model in place.
     * @param lastEngineSequence the engine sequence of the last input processed.
     */
    public void journalModelInPlace(final ModelSwapDetail detail, final long lastEngineSequence)
    {
        if (pipeline.mode() == PipelineMode.LIVE)
        {
            journalSwap(detail, lastEngineSequence);
        }
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
            journalSwap(swap.detail(), lastEngineSequence);
        }
        swapsApplied.incrementRelease();
        swap.applied(retired, lastEngineSequence);
        return 1;
    }

    private void journalSwap(final ModelSwapDetail detail, final long lastEngineSequence)
    {
        final String text = detail.format();
        journal.appendControl(lastEngineSequence, clock.nanoTime(), ControlType.MODEL_SWAP, detail.version(), text);
        counters.onJournalDocument(CONTROL_FIXED_LENGTH + text.getBytes(StandardCharsets.UTF_8).length);
    }
}
