package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.Direction;

/**
 * Stage 4/5: at each decision point ({@link EngineEvent#isDecisionPoint()}), the {@link Scorer} proposes and the
 * {@link DecisionPolicy} decides; the decision (direction, confidence, class probabilities) and whether to emit it
 * go into the slot. Every accepted input is counted for the policy's hysteresis; rejected inputs are skipped.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: none per input.
 */
public final class DecisionStage
{
    private Scorer scorer;
    private final DecisionPolicy policy;
    private final Score score = new Score();

    /**
     * @param scorer proposes.
     * @param policy decides.
     */
    public DecisionStage(final Scorer scorer, final DecisionPolicy policy)
    {
        this.scorer = scorer;
        this.policy = policy;
    }

    /**
     * Decide for the slot's input if it is a decision point.
     *
     * @param event the slot, after {@link FeatureStage}.
     */
    public void onEvent(final EngineEvent event)
    {
        if (!event.isAccepted())
        {
            return;
        }
        final int index = event.instrumentIndex;
        policy.onEvent(index);
        if (!event.decisionPoint)
        {
            if (policy.expire(index))
            {
                event.signalWanted = true;
                event.direction = Direction.HOLD.value();
                event.confidence = 0.0;
                event.probabilityCount = 0;
            }
            return;
        }
        score.clear();
        scorer.score(index, score);
        event.signalWanted = policy.decide(index, score);
        event.direction = score.direction();
        event.confidence = score.confidence();
        final int count = score.probabilityCount();
        event.probabilityCount = count;
        for (int i = 0; i < count; i++)
        {
            event.probability(i, score.probability(i));
        }
    }

    /**
     * Replace the scorer (a model swap). Pipeline thread, between two inputs; the policy's per-instrument state
     * (current direction, hysteresis) carries over.
     *
     * @param scorer the new scorer.
     */
    void scorer(final Scorer scorer)
    {
        this.scorer = scorer;
    }

    /**
     * @return the scorer.
     */
    public Scorer scorer()
    {
        return scorer;
    }

    /**
     * @return the policy.
     */
    public DecisionPolicy policy()
    {
        return policy;
    }
}
