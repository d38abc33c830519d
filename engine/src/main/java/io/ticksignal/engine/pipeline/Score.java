package io.ticksignal.engine.pipeline;

import java.util.Arrays;

import io.ticksignal.codecs.sbe.Direction;

/**
 * What a {@link Scorer} proposes for one decision point, and what the {@link DecisionPolicy} turns it into: a
 * direction, a confidence in [0, 1], the class probabilities in the scorer's label order (for the Signal's
 * probabilities group) and, where the scorer can say, the probability of each direction (what the policy reports
 * as the confidence of a direction it substitutes). A mutable, reused holder.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: at construction only.
 */
public final class Score
{
    private final double[] probabilities = new double[EngineEvent.MAX_PROBABILITIES];
    private final double[] directionProbabilities = new double[3];
    private int probabilityCount;
    private int direction;
    private double confidence;

    /**
     * An empty score: HOLD with confidence 0, no probabilities.
     */
    public Score()
    {
        clear();
    }

    /**
     * Back to HOLD with confidence 0, no class probabilities, no direction probabilities. Allocation: none.
     */
    public void clear()
    {
        probabilityCount = 0;
        direction = Direction.HOLD.value();
        confidence = 0.0;
        Arrays.fill(directionProbabilities, Double.NaN);
    }

    /**
     * @param direction  the proposed {@code Direction} value.
     * @param confidence its confidence in [0, 1].
     */
    public void propose(final int direction, final double confidence)
    {
        this.direction = direction;
        this.confidence = confidence;
    }

    /**
     * @param count number of class probabilities, at most {@link EngineEvent#MAX_PROBABILITIES}.
     */
    public void probabilityCount(final int count)
    {
        probabilityCount = count;
    }

    /**
     * @param index class index in the scorer's label order.
     * @param value its probability.
     */
    public void probability(final int index, final double value)
    {
        probabilities[index] = value;
    }

    /**
     * @param direction a {@code Direction} value.
     * @param value     the probability that it is the right direction; NaN when the scorer cannot say.
     */
    public void directionProbability(final int direction, final double value)
    {
        directionProbabilities[direction] = value;
    }

    /**
     * @return the {@code Direction} value.
     */
    public int direction()
    {
        return direction;
    }

    /**
     * @return the confidence in [0, 1].
     */
    public double confidence()
    {
        return confidence;
    }

    /**
     * @return number of class probabilities; 0 when the scorer had no score (features not warm).
     */
    public int probabilityCount()
    {
        return probabilityCount;
    }

    /**
     * @param index class index.
     * @return its probability.
     */
    public double probability(final int index)
    {
        return probabilities[index];
    }

    /**
     * @param direction a {@code Direction} value.
     * @return the probability of that direction, or 0 when the scorer gave none.
     */
    public double directionProbability(final int direction)
    {
        final double value = directionProbabilities[direction];
        return Double.isNaN(value) ? 0.0 : value;
    }
}
