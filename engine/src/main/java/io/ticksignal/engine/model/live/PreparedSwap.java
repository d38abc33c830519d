package io.ticksignal.engine.model.live;

import io.ticksignal.engine.pipeline.BundleDecisionScorer;
import io.ticksignal.engine.pipeline.Scorer;

/**
 * A validated bundle with its scorer opened over the pipeline's feature columns, ready to be put in place by the
 * pipeline thread; afterwards it tells the loader where the swap landed and which scorer it retired.
 * <p>
 * Thread: built by the loader (or replaying) thread, handed to the pipeline thread through a {@link ModelSwapSlot}
 * (which publishes it safely); {@link #isApplied()} and the results are read back by the loader (volatile).
 */
public final class PreparedSwap
{
    private final BundleDecisionScorer scorer;
    private final ModelSwapDetail detail;
    private volatile Scorer retired;
    private volatile long engineSequence;
    private volatile boolean applied;

    PreparedSwap(final BundleDecisionScorer scorer, final ModelSwapDetail detail)
    {
        this.scorer = scorer;
        this.detail = detail;
    }

    /**
     * @return the new scorer.
     */
    public BundleDecisionScorer scorer()
    {
        return scorer;
    }

    /**
     * @return what the control event says.
     */
    public ModelSwapDetail detail()
    {
        return detail;
    }

    void applied(final Scorer retiredScorer, final long lastEngineSequence)
    {
        retired = retiredScorer;
        engineSequence = lastEngineSequence;
        applied = true;
    }

    /**
     * @return true once the pipeline thread has put the scorer in place and journaled the swap.
     */
    public boolean isApplied()
    {
        return applied;
    }

    /**
     * @return the engine sequence of the last input before the swap (valid once applied): inputs after it are
     * scored by the new model.
     */
    public long engineSequence()
    {
        return engineSequence;
    }

    /**
     * @return the scorer the swap replaced (valid once applied), for the loader to close.
     */
    public Scorer retired()
    {
        return retired;
    }
}
